import { relations, sql } from 'drizzle-orm';
import { check, index, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { defineTable, perUser } from '../../shared/access.js';
import { timestamps } from '../../shared/columns.js';
import { subscriptions } from '../billing/subscriptions.js';
import { users } from '../core/users.js';
import { userPluginColumns } from './columns.js';
import { trialStatus } from './enums.js';
import { plugins } from './plugins.js';

/**
 * A user's trial of a plugin: one per user and plugin, ever (a unique index, so it holds under
 * concurrent starts too). The user reads their own; admins read all; the service role writes
 * (`start_plugin_trial`, `convertTrial`, `expireTrials`).
 */
export const trials = defineTable(
  'trials',
  perUser(),
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...userPluginColumns(),
    status: trialStatus('status').notNull().default('active'),
    startedAt: timestamp('started_at', { withTimezone: true }).notNull().defaultNow(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    /** When the user subscribed during the trial. */
    convertedAt: timestamp('converted_at', { withTimezone: true }),
    /** The plugin subscription the trial converted into (`convertTrial`). */
    subscriptionId: uuid('subscription_id').references(() => subscriptions.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('trials_user_plugin_key').on(t.userId, t.pluginId),
    check('trials_period_check', sql`${t.endsAt} > ${t.startedAt}`),
    check('trials_converted_check', sql`(${t.status} = 'converted') = (${t.convertedAt} is not null)`),
    index('trials_subscription_id_idx').on(t.subscriptionId),
    /** Deleting a plugin cascades to its trials (the unique key leads with the user). */
    index('trials_plugin_id_idx').on(t.pluginId),
    /** `expireTrials` finds active trials past their end. */
    index('trials_active_ends_at_idx')
      .on(t.endsAt)
      .where(sql`${t.status} = 'active'`),
  ],
);

export const trialsRelations = relations(trials, ({ one }) => ({
  user: one(users, { fields: [trials.userId], references: [users.id] }),
  plugin: one(plugins, { fields: [trials.pluginId], references: [plugins.id] }),
  subscription: one(subscriptions, { fields: [trials.subscriptionId], references: [subscriptions.id] }),
}));
