import { sql } from 'drizzle-orm';
import { check, index, integer, pgPolicy, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { timestamps } from '../_shared/columns.js';
import { authenticatedRole, ownUserIdOrAdmin } from '../_shared/rls.js';
import { users } from '../core/users.js';

/**
 * Windowed quota counters, exactly as seed 001 (`usage_counters`). Incremented atomically by
 * `increment_usage_counter()`; checked against the plan by `check_usage_quota()`.
 */
export const usageCounters = pgTable(
  'usage_counters',
  {
    id: uuid('id').primaryKey().defaultRandom(),
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
    /** One counter per user, metric and window: the conflict target of the atomic upsert. */
    unique('usage_counters_user_id_metric_window_start_key').on(t.userId, t.metric, t.windowStart),
    check('usage_counters_count_check', sql`${t.count} >= 0`),
    check('usage_counters_window_check', sql`${t.windowEnd} > ${t.windowStart}`),
    /** Seed 001's indexes (the unique key already covers `(user_id, metric)` lookups). */
    index('idx_usage_counters_window').on(t.windowStart, t.windowEnd),
    index('idx_usage_counters_metric').on(t.metric),
    index('idx_usage_counters_user_window').on(t.userId, t.windowStart, t.windowEnd),
    pgPolicy('usage_counters_select_own_or_admin', {
      for: 'select',
      to: authenticatedRole,
      using: ownUserIdOrAdmin,
    }),
  ],
).enableRLS();

export type UsageCounter = typeof usageCounters.$inferSelect;
export type NewUsageCounter = typeof usageCounters.$inferInsert;
