import { timestamp } from 'drizzle-orm/pg-core';

/**
 * `created_at` / `updated_at`, spread into every table. `updated_at` is maintained by the
 * `saas_private.set_updated_at()` trigger, so writers never have to remember it (a writer that sets
 * it to `now()` itself skips the trigger's call: the hot counters do).
 */
export const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};
