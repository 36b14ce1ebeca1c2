import type { Database } from '../../db.js';
import { checkUsageQuota, incrementUsageCounter, type UsageQuota } from '../../functions/billing/index.js';
import { type UsageInput, usageInputSchema } from '../../schema/billing/validation.js';

/**
 * Adds `amount` (default 1) to the user's counter for `metric` in the window (default: the
 * current UTC day) atomically and returns the new count. Service role only.
 */
export async function incrementUsage(db: Database, input: UsageInput): Promise<number> {
  const data = usageInputSchema.parse(input);
  return incrementUsageCounter(db, data.userId, data.metric, data.amount, {
    windowStart: data.windowStart,
    windowEnd: data.windowEnd,
  });
}

/** Whether using `amount` (default 1) more of `metric` keeps the user within their plan's limit. */
export async function checkQuota(db: Database, input: UsageInput): Promise<UsageQuota> {
  const data = usageInputSchema.parse(input);
  return checkUsageQuota(db, data.userId, data.metric, data.amount, data.windowStart);
}
