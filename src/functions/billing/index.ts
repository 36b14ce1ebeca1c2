/**
 * Typed wrappers for the billing module's SQL functions (src/functions/billing/functions.sql).
 * Run them as the service role, or inside `withUser` for the signed-in user's own id: a user
 * asking about another user gets an `insufficient_privilege` (42501) error; `anon` may call none.
 */
import { sql } from 'drizzle-orm';
import { type Database, firstRow } from '../../db.js';

/** Seed 003: a platform-plan subscription that currently grants access (trial, active, past_due). */
export async function hasActiveSubscription(db: Database, userId: string): Promise<boolean> {
  const row = await firstRow<{ ok: boolean }>(
    db,
    sql`select public.has_active_subscription(${userId}) as ok`,
  );
  return row?.ok === true;
}

/** Seed 003: admin, or the user's effective plan grants the feature `permission`. */
export async function checkUserPermission(
  db: Database,
  userId: string,
  permission: string,
): Promise<boolean> {
  const row = await firstRow<{ ok: boolean }>(
    db,
    sql`select public.check_user_permission(${userId}, ${permission}) as ok`,
  );
  return row?.ok === true;
}

export type UsageWindow = {
  /** Start of the window; default: the current UTC day. */
  windowStart?: Date;
  /** End of the window; default: windowStart + 1 day. */
  windowEnd?: Date;
};

/**
 * Atomically adds `amount` (default 1) to the user's counter for `metric` in the window and
 * returns the new count. Service role only.
 */
export async function incrementUsageCounter(
  db: Database,
  userId: string,
  metric: string,
  amount = 1,
  window: UsageWindow = {},
): Promise<number> {
  const row = await firstRow<{ count: number }>(
    db,
    window.windowStart
      ? sql`select public.increment_usage_counter(${userId}, ${metric}, ${amount},
          ${window.windowStart.toISOString()}::timestamptz, ${window.windowEnd?.toISOString() ?? null}::timestamptz) as count`
      : sql`select public.increment_usage_counter(${userId}, ${metric}, ${amount}) as count`,
  );
  return Number(row!.count);
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
export async function checkUsageQuota(
  db: Database,
  userId: string,
  metric: string,
  amount = 1,
  windowStart?: Date,
): Promise<UsageQuota> {
  const row = await firstRow<{
    used: string | number;
    quota: string | number | null;
    remaining: string | number | null;
    allowed: boolean;
  }>(
    db,
    windowStart
      ? sql`select * from public.check_usage_quota(${userId}, ${metric}, ${amount}, ${windowStart.toISOString()}::timestamptz)`
      : sql`select * from public.check_usage_quota(${userId}, ${metric}, ${amount})`,
  );
  const num = (v: string | number | null | undefined) => (v == null ? null : Number(v));
  return {
    used: num(row!.used) ?? 0,
    quota: num(row!.quota),
    remaining: num(row!.remaining),
    allowed: row!.allowed,
  };
}
