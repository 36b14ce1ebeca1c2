import { relations, sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { defineTable, perUser } from '../../shared/access.js';
import { timestamps } from '../../shared/columns.js';
import { users } from '../core/users.js';

/**
 * Windowed quota counters (docs/billing.md), incremented atomically by
 * `increment_usage_counter()` and checked against the plan by `check_usage_quota()`. The user
 * reads their own; admins read all; the service role writes.
 */
export const usageCounters = defineTable(
  'usage_counters',
  perUser(),
  {
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** What is counted: `messages`, `api_requests`, `storage_bytes`, `agent_runs`, ... */
    metric: text('metric').notNull(),
    count: integer('count').notNull().default(0),
    /** Start of the usage window (e.g. the day or the billing period). */
    windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
    windowEnd: timestamp('window_end', { withTimezone: true }).notNull(),
    ...timestamps,
  },
  (t) => [
    /**
     * The counter's identity and the upsert's conflict target. It leads with the window: the
     * current window's keys sit together at the index's right edge, a few pages every increment
     * finds cached; led by the user, each increment touched its own leaf among all of history's
     * (docs/performance.md: 0.84x -> 0.94x a bare upsert's throughput).
     */
    primaryKey({ name: 'usage_counters_pkey', columns: [t.windowStart, t.userId, t.metric] }),
    /** Every per-user query (the policy's `user_id = auth.uid()`, a user's recent windows). */
    index('usage_counters_user_id_window_start_idx').on(t.userId, t.windowStart),
    check('usage_counters_count_check', sql`${t.count} >= 0`),
    check('usage_counters_window_check', sql`${t.windowEnd} > ${t.windowStart}`),
    /**
     * Housekeeping: deleting windows that ended long ago. On `window_end` alone: an index leading
     * with `window_start` tempted the planner away from the key for a new day's window.
     */
    index('idx_usage_counters_window_end').on(t.windowEnd),
  ],
);

export const usageCountersRelations = relations(usageCounters, ({ one }) => ({
  user: one(users, { fields: [usageCounters.userId], references: [users.id] }),
}));

export type UsageCounter = typeof usageCounters.$inferSelect;
export type NewUsageCounter = typeof usageCounters.$inferInsert;
