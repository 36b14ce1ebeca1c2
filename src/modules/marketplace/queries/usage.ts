import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../../../db.js';
import { type UsageEventInput, usageEventBatchSchema } from '../inputs.js';
import { usageAggregates, usageEvents } from '../usage-events.js';
import { periodSchema } from '../validation.js';

/**
 * Records a batch of usage events (service role); an event whose idempotency key the user already
 * used is skipped, so a redelivered batch counts once. Returns how many were new.
 */
export async function recordUsageEvents(db: Database, events: UsageEventInput[]): Promise<number> {
  const batch = usageEventBatchSchema.parse(events);
  const inserted = await db
    .insert(usageEvents)
    .values(batch)
    .onConflictDoNothing({ target: [usageEvents.userId, usageEvents.idempotencyKey] })
    .returning({ id: usageEvents.id });
  return inserted.length;
}

/** A user's monthly aggregates for a period (`YYYY-MM`), per plugin and metric. */
export async function usageForPeriod(db: Database, input: { userId: string; period: string }) {
  const period = periodSchema.parse(input.period);
  return db
    .select()
    .from(usageAggregates)
    .where(and(eq(usageAggregates.userId, input.userId), eq(usageAggregates.period, period)))
    .orderBy(usageAggregates.pluginId, usageAggregates.metric);
}

/** The user's events of a period, summed per plugin and metric (before any rollup). */
export async function eventTotalsForPeriod(db: Database, input: { userId: string; period: string }) {
  const period = periodSchema.parse(input.period);
  return db
    .select({
      pluginId: usageEvents.pluginId,
      metric: usageEvents.metric,
      total: sql<number>`sum(${usageEvents.quantity})::int`,
    })
    .from(usageEvents)
    .where(
      and(
        eq(usageEvents.userId, input.userId),
        sql`${usageEvents.occurredAt} >= to_timestamp(${period} || '-01', 'YYYY-MM-DD') at time zone 'UTC'`,
        sql`${usageEvents.occurredAt} < (to_timestamp(${period} || '-01', 'YYYY-MM-DD') at time zone 'UTC') + interval '1 month'`,
      ),
    )
    .groupBy(usageEvents.pluginId, usageEvents.metric);
}
