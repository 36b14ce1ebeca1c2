/** Errors the billing queries raise for conditions a caller is expected to handle. */

/** The user already has a live platform-plan subscription (`subscriptions_one_live_plan_per_user`). */
export class SubscriptionConflictError extends Error {
  override readonly name = 'SubscriptionConflictError';
  constructor(readonly userId: string) {
    super(`user ${userId} already has a live plan subscription; change its plan instead of starting another`);
  }
}

/** The user has no live platform-plan subscription to act on. */
export class NoLiveSubscriptionError extends Error {
  override readonly name = 'NoLiveSubscriptionError';
  constructor(readonly userId: string) {
    super(`user ${userId} has no live plan subscription`);
  }
}

/** SQLSTATE and constraint name of a database error, looking through Drizzle's wrapper. */
export function databaseError(error: unknown): { code?: string; constraint?: string } {
  const e = error as { cause?: Record<string, unknown> } & Record<string, unknown>;
  const source = (e?.cause ?? e) as Record<string, unknown>;
  const code = typeof source?.code === 'string' ? source.code : undefined;
  const constraint = source?.constraint_name ?? source?.constraint;
  return { code, constraint: typeof constraint === 'string' ? constraint : undefined };
}
