import { relations, sql } from 'drizzle-orm';
import { check, date, index, integer, primaryKey, text } from 'drizzle-orm/pg-core';
import { currentUserId, custom, defineTable } from '../../shared/access.js';
import { timestamps } from '../../shared/columns.js';
import { plugins } from './plugins.js';

/**
 * Daily analytics per plugin and UTC day, recomputed from the other tables by
 * `rollup_plugin_analytics(day)` (idempotent: a second run changes nothing). Admins read all; an
 * author reads the rows of their own published plugins (the sub-select on `plugins` runs under
 * the reader's policies); the service role writes.
 */
export const pluginAnalyticsDaily = defineTable(
  'plugin_analytics_daily',
  custom({
    authenticated: {
      select: sql`exists (select 1 from public.plugins p
        where p.id = plugin_analytics_daily.plugin_id and p.author_id = ${currentUserId})`,
    },
    admin: ['select'],
  }),
  {
    pluginId: text('plugin_id')
      .notNull()
      .references(() => plugins.id, { onDelete: 'cascade' }),
    /** The UTC day. */
    day: date('day', { mode: 'string' }).notNull(),
    /** `view` events of the day. */
    views: integer('views').notNull().default(0),
    /** `download` events of the day (one per `increment_downloads`). */
    downloads: integer('downloads').notNull().default(0),
    /** Subscriptions to the plugin created that day. */
    newSubscriptions: integer('new_subscriptions').notNull().default(0),
    trialsStarted: integer('trials_started').notNull().default(0),
    /** Trials converted that day (`converted_at`), whenever they started. */
    trialsConverted: integer('trials_converted').notNull().default(0),
    /** Subscriptions live at the day's end (created by then, not ended by then). */
    activeSubscriptions: integer('active_subscriptions').notNull().default(0),
    ...timestamps,
  },
  (t) => [
    primaryKey({ name: 'plugin_analytics_daily_pkey', columns: [t.pluginId, t.day] }),
    check(
      'plugin_analytics_daily_counts_check',
      sql`least(${t.views}, ${t.downloads}, ${t.newSubscriptions}, ${t.trialsStarted}, ${t.trialsConverted}, ${t.activeSubscriptions}) >= 0`,
    ),
    /** The rollup replaces one day's rows. */
    index('plugin_analytics_daily_day_idx').on(t.day),
  ],
);

export const pluginAnalyticsDailyRelations = relations(pluginAnalyticsDaily, ({ one }) => ({
  plugin: one(plugins, { fields: [pluginAnalyticsDaily.pluginId], references: [plugins.id] }),
}));

export type PluginAnalyticsDay = typeof pluginAnalyticsDaily.$inferSelect;
