import { relations } from 'drizzle-orm';
import { bigint, index, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { custom, defineTable } from '../../shared/access.js';
import { users } from '../core/users.js';
import { pluginEventKind } from './enums.js';
import { plugins } from './plugins.js';

/**
 * Views and downloads of plugins, one row each (the source of the daily analytics' `views` and
 * `downloads`): `increment_downloads` records a `download` with its count, `recordPluginEvent`
 * records either kind. Admins read it; the service role writes.
 */
export const pluginEvents = defineTable(
  'plugin_events',
  custom({ admin: ['select'] }),
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    pluginId: text('plugin_id')
      .notNull()
      .references(() => plugins.id, { onDelete: 'cascade' }),
    kind: pluginEventKind('kind').notNull(),
    /** The signed-in user it came from, when known. */
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    /** The daily rollup reads a day of events; `pluginAnalytics` readers go by plugin. */
    index('plugin_events_occurred_at_idx').on(t.occurredAt),
    index('plugin_events_plugin_occurred_at_idx').on(t.pluginId, t.occurredAt),
    index('plugin_events_user_id_idx').on(t.userId),
  ],
);

export const pluginEventsRelations = relations(pluginEvents, ({ one }) => ({
  plugin: one(plugins, { fields: [pluginEvents.pluginId], references: [plugins.id] }),
  user: one(users, { fields: [pluginEvents.userId], references: [users.id] }),
}));
