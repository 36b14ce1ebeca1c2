import { relations, sql } from 'drizzle-orm';
import { boolean, check, index, jsonb, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { defineTable, perUser } from '../../shared/access.js';
import { timestamps } from '../../shared/columns.js';
import { users } from '../core/users.js';
import { plugins } from '../marketplace/plugins.js';
import { liveSubscriptionStatuses } from './constants.js';
import { paymentProvider, subscriptionStatus } from './enums.js';
import { invoices } from './invoices.js';
import { plans } from './plans.js';
import { transactions } from './transactions.js';

const liveStatusList = sql.raw(liveSubscriptionStatuses.map((s) => `'${s}'`).join(', '));

/**
 * A user's subscription to a platform plan *or* to a plugin (docs/billing.md). The user reads
 * their own; admins read all; only the service role writes (provider webhooks, backend jobs).
 */
export const subscriptions = defineTable(
  'subscriptions',
  perUser(),
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** The platform plan, when this is a plan subscription. Exactly one of plan/plugin is set. */
    planId: uuid('plan_id').references(() => plans.id, { onDelete: 'restrict' }),
    /**
     * The plugin (the marketplace's, keyed by its slug), when this is a plugin subscription.
     * Subscribing needs the plugin's `requires_plugin` held (a marketplace trigger).
     */
    pluginId: text('plugin_id').references(() => plugins.id, { onDelete: 'restrict' }),
    status: subscriptionStatus('status').notNull().default('active'),
    /** Payment provider holding the subscription; `null` for one the platform granted itself. */
    provider: paymentProvider('provider'),
    /** The subscription's id at `provider` (Stripe's `sub_...`, a Lemon Squeezy id). */
    providerSubscriptionId: text('provider_subscription_id'),
    /** The customer's id at `provider`. */
    providerCustomerId: text('provider_customer_id'),
    currentPeriodStart: timestamp('current_period_start', { withTimezone: true }),
    currentPeriodEnd: timestamp('current_period_end', { withTimezone: true }),
    /** End of the free trial. */
    trialEndsAt: timestamp('trial_ends_at', { withTimezone: true }),
    /** The subscription ends at `current_period_end` instead of renewing. */
    cancelAtPeriodEnd: boolean('cancel_at_period_end').notNull().default(false),
    /** When cancellation was requested or took effect. */
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    /** When the subscription stopped granting anything (`expired`/`cancelled` for good). */
    endedAt: timestamp('ended_at', { withTimezone: true }),
    /**
     * Time of the last provider event applied (webhook idempotency): an event not newer than this
     * is ignored, so a redelivered or out-of-order webhook changes nothing.
     */
    providerEventAt: timestamp('provider_event_at', { withTimezone: true }),
    metadata: jsonb('metadata').$type<Record<string, unknown>>().notNull().default({}),
    ...timestamps,
  },
  (t) => [
    check('subscriptions_one_target_check', sql`num_nonnulls(${t.planId}, ${t.pluginId}) = 1`),
    check(
      'subscriptions_provider_check',
      sql`(${t.providerSubscriptionId} is null and ${t.providerCustomerId} is null) or ${t.provider} is not null`,
    ),
    check(
      'subscriptions_period_check',
      sql`${t.currentPeriodEnd} is null or ${t.currentPeriodStart} is null or ${t.currentPeriodEnd} >= ${t.currentPeriodStart}`,
    ),
    /**
     * At most one live platform-plan subscription per user. A unique index, so it holds under
     * concurrent inserts too: the second waits for the first and then fails 23505.
     */
    uniqueIndex('subscriptions_one_live_plan_per_user')
      .on(t.userId)
      .where(sql`${t.planId} is not null and ${t.status} in (${liveStatusList})`),
    /** Webhooks find (and upsert) a subscription by its provider id; NULLs never collide. */
    uniqueIndex('subscriptions_provider_subscription_key').on(t.provider, t.providerSubscriptionId),
    index('subscriptions_user_id_idx').on(t.userId),
    index('subscriptions_plan_id_idx').on(t.planId),
    index('subscriptions_plugin_id_idx').on(t.pluginId).where(sql`${t.pluginId} is not null`),
    index('subscriptions_status_idx').on(t.status),
  ],
);

export const subscriptionsRelations = relations(subscriptions, ({ one, many }) => ({
  user: one(users, { fields: [subscriptions.userId], references: [users.id] }),
  plan: one(plans, { fields: [subscriptions.planId], references: [plans.id] }),
  transactions: many(transactions),
  invoices: many(invoices),
}));

export type Subscription = typeof subscriptions.$inferSelect;
export type NewSubscription = typeof subscriptions.$inferInsert;
