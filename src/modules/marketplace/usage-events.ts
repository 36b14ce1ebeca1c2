import { relations, sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  jsonb,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { defineTable, perUser } from '../../shared/access.js';
import { timestamps } from '../../shared/columns.js';
import { users } from '../core/users.js';
import { agentExecutionCounts, usageCount, usagePeriod, userPluginColumns } from './columns.js';
import { plugins } from './plugins.js';

/**
 * Individual usage events of a plugin, as delivered. `idempotency_key` (unique per user) makes a
 * retried delivery a no-op. The user reads their own; admins read all; the service role writes.
 */
export const usageEvents = defineTable(
  'usage_events',
  perUser(),
  {
    id: uuid('id').primaryKey().defaultRandom(),
    ...userPluginColumns(),
    metric: text('metric').notNull(),
    quantity: integer('quantity').notNull().default(1),
    metadata: jsonb('metadata').$type<Record<string, unknown>>().notNull().default({}),
    /** When it happened (the sender's clock); rollups group by its month. */
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull().defaultNow(),
    /** When it reached us. */
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
    /** The sender's id for this event: the same event delivered twice is stored once. */
    idempotencyKey: text('idempotency_key').notNull(),
  },
  (t) => [
    uniqueIndex('usage_events_idempotency_key').on(t.userId, t.idempotencyKey),
    check('usage_events_quantity_check', sql`${t.quantity} > 0`),
    /** A user's usage in a period (and the rollup of a period). */
    index('usage_events_user_occurred_at_idx').on(t.userId, t.occurredAt),
    index('usage_events_plugin_occurred_at_idx').on(t.pluginId, t.occurredAt),
  ],
);

export const usageEventsRelations = relations(usageEvents, ({ one }) => ({
  user: one(users, { fields: [usageEvents.userId], references: [users.id] }),
  plugin: one(plugins, { fields: [usageEvents.pluginId], references: [plugins.id] }),
}));

/**
 * Monthly usage per user, plugin and metric (`period` is `YYYY-MM`), kept by `increment_usage` /
 * `increment_agent_execution` or rolled up from `usage_events` (`rollup_usage_events`, which
 * recomputes a period, so running it twice changes nothing). The user reads their own; admins
 * read all; the service role writes.
 */
export const usageAggregates = defineTable(
  'usage_aggregates',
  perUser(),
  {
    ...userPluginColumns(),
    /** `YYYY-MM`. Its rule, and the other two columns', live in domains (columns.ts). */
    period: usagePeriod('period').notNull(),
    metric: text('metric').notNull(),
    count: usageCount('count').notNull().default(0),
    /** Executions per agent name (`{"coordinator": 12}`), kept by `increment_agent_execution`. */
    agentExecutions: agentExecutionCounts('agent_executions').notNull().default(sql`'{}'::jsonb`),
    ...timestamps,
  },
  (t) => [
    /**
     * The aggregate's identity and the upserts' conflict target. It leads with the period, as
     * `usage_counters`' key leads with its window: this month's keys sit together, cached, and a
     * rollup reads one period's range.
     */
    primaryKey({ name: 'usage_aggregates_pkey', columns: [t.period, t.userId, t.pluginId, t.metric] }),
    /** Every per-user query (the policy's `user_id = auth.uid()`). */
    index('usage_aggregates_user_id_period_idx').on(t.userId, t.period),
    /**
     * Deleting a plugin cascades to its aggregates. Increments never change `plugin_id` (nor
     * `user_id`, `period`), so their updates stay HOT and touch none of the indexes.
     */
    index('usage_aggregates_plugin_id_idx').on(t.pluginId),
  ],
);

export const usageAggregatesRelations = relations(usageAggregates, ({ one }) => ({
  user: one(users, { fields: [usageAggregates.userId], references: [users.id] }),
  plugin: one(plugins, { fields: [usageAggregates.pluginId], references: [plugins.id] }),
}));
