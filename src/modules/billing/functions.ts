/**
 * Typed wrappers of the billing module's SQL functions (src/modules/billing/sql). Run them as the
 * service role, or inside `withUser` for the signed-in user's own id: a user asking about another
 * user gets an `insufficient_privilege` (42501) error; `anon` may call none. Input is validated
 * first (a ZodError names the bad field).
 */
import { sql } from 'drizzle-orm';
import { type Database, firstRow, scalar } from '../../db.js';
import { type UsageInput, usageInputSchema } from './inputs.js';

/** Whether the user has a platform-plan subscription that currently grants access. */
export async function hasActiveSubscription(db: Database, userId: string): Promise<boolean> {
  return scalar(
    db,
    sql`select public.has_active_subscription(${userId}) as value`,
    'boolean',
    'has_active_subscription',
  );
}

const windowStartOf = (input: { windowStart?: Date | undefined }) =>
  input.windowStart
    ? sql`${input.windowStart.toISOString()}::timestamptz`
    : sql`date_trunc('day', now(), 'UTC')`;

/**
 * Atomically adds `amount` (default 1) to the user's counter for `metric` in the window (default:
 * the current UTC day, ending a day later) and returns the new count. Service role only.
 */
export async function incrementUsageCounter(db: Database, input: UsageInput): Promise<number> {
  const data = usageInputSchema.parse(input);
  return scalar(
    db,
    sql`select public.increment_usage_counter(${data.userId}, ${data.metric}, ${data.amount},
      ${windowStartOf(data)}, ${data.windowEnd?.toISOString() ?? null}::timestamptz) as value`,
    'number',
    'increment_usage_counter',
  );
}

export type UsageQuota = {
  /** Count so far in the window. */
  used: number;
  /** The plan's limit for the metric; `null` = unlimited. */
  quota: number | null;
  /** quota − used (never negative); `null` = unlimited. */
  remaining: number | null;
  /** Whether using `amount` more stays within the quota. */
  allowed: boolean;
};

/** Compares the user's counter in the window with their effective plan's limit for `metric`. */
export async function checkUsageQuota(db: Database, input: UsageInput): Promise<UsageQuota> {
  const data = usageInputSchema.parse(input);
  const row = await firstRow<{ used: unknown; quota: unknown; remaining: unknown; allowed: unknown }>(
    db,
    sql`select * from public.check_usage_quota(${data.userId}, ${data.metric}, ${data.amount}, ${windowStartOf(data)})`,
  );
  if (!row || typeof row.allowed !== 'boolean' || row.used == null) {
    throw new Error(`check_usage_quota returned ${JSON.stringify(row ?? null)}`);
  }
  const num = (v: unknown) => (v == null ? null : Number(v));
  return {
    used: Number(row.used),
    quota: num(row.quota),
    remaining: num(row.remaining),
    allowed: row.allowed,
  };
}
