import { customType, text, uuid } from 'drizzle-orm/pg-core';
import { users } from '../core/users.js';
import { plugins } from './plugins.js';

/** A user's row about a plugin (trials, usage): both references cascade when either is deleted. */
export const userPluginColumns = () => ({
  userId: uuid('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  pluginId: text('plugin_id')
    .notNull()
    .references(() => plugins.id, { onDelete: 'cascade' }),
});

/*
 * Columns of the usage domains (sql/usage_period.sql, usage_count.sql, agent_execution_counts.sql):
 * the CHECKs of `usage_aggregates`, kept where the increments do not pay for them on every call.
 * A domain reaches the driver as its base type (text, int8, jsonb).
 */

/** A calendar month, `YYYY-MM` (`periodPattern`). */
export const usagePeriod = customType<{ data: string }>({ dataType: () => 'usage_period' });

/** A count, never negative (a bigint read as a number, as `bigint(..., { mode: 'number' })`). */
export const usageCount = customType<{ data: number; driverData: number | string }>({
  dataType: () => 'usage_count',
  fromDriver: (value) => Number(value),
});

/** Executions per agent name, a JSON object (read and written as `jsonb` columns are). */
export const agentExecutionCounts = customType<{ data: Record<string, number>; driverData: unknown }>({
  dataType: () => 'agent_execution_counts',
  toDriver: (value) => JSON.stringify(value),
  fromDriver: (value) => (typeof value === 'string' ? JSON.parse(value) : value) as Record<string, number>,
});
