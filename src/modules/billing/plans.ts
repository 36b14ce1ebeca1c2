import { relations, sql } from 'drizzle-orm';
import { bigint, boolean, check, index, integer, text, uuid } from 'drizzle-orm/pg-core';
import { catalogue, currentUserId, defineTable } from '../../shared/access.js';
import { timestamps } from '../../shared/columns.js';
import { billingInterval, computeTier, databaseTier } from './enums.js';
import { planFeatures } from './features.js';
import { subscriptions } from './subscriptions.js';

/** A three-letter ISO 4217 code in upper case (`USD`, `EUR`). Shared by every money column. */
export const currencyCheck = (column: unknown) => sql`${column} ~ '^[A-Z]{3}$'`;

/**
 * The plan catalogue (docs/billing.md). Limits are typed columns; `null` in a limit means
 * unlimited. Anyone browses the active public plans; a signed-in user also sees the plan they are
 * subscribed to (even a private or retired one); admins see all; the service role writes.
 */
export const plans = defineTable(
  'plans',
  catalogue({
    visible: sql`is_active and is_public`,
    visibleToUsers: sql`(is_active and is_public) or exists (
      select 1 from public.subscriptions s where s.plan_id = plans.id and s.user_id = ${currentUserId})`,
  }),
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Stable identifier used by code, seeds and payment-provider mappings (`pro`, `business`). */
    code: text('code').notNull().unique('plans_code_key'),
    name: text('name').notNull(),
    description: text('description'),
    /** Price per billing interval in minor units (cents) of `currency`; 0 for a free plan. */
    price: integer('price').notNull().default(0),
    currency: text('currency').notNull().default('USD'),
    billingInterval: billingInterval('billing_interval').notNull().default('month'),
    /** Days of free trial `startTrial` gives; 0 = no trial. */
    trialDays: integer('trial_days').notNull().default(0),
    /** Inactive plans cannot be subscribed to; existing subscriptions keep them. */
    isActive: boolean('is_active').notNull().default(true),
    /** Listed in the public catalogue (`anon` can read it); private plans are sold by hand. */
    isPublic: boolean('is_public').notNull().default(true),
    /** Display order in the catalogue. */
    sortOrder: integer('sort_order').notNull().default(0),
    /** Limit: messages per day. */
    messagesPerDay: integer('messages_per_day'),
    /** Limit: stored bytes (files and instance data). */
    storageBytes: bigint('storage_bytes', { mode: 'number' }),
    /** Limit: agents a user may configure. */
    maxAgents: integer('max_agents'),
    /** Limit: hosted instances a user may run. */
    maxInstances: integer('max_instances'),
    /** Limit: API requests per day. */
    apiRequestsPerDay: integer('api_requests_per_day'),
    /** A shared database server (hobby, starter, professional) or a dedicated one. */
    databaseTier: databaseTier('database_tier').notNull().default('shared'),
    computeTier: computeTier('compute_tier').notNull().default('lambda'),
    /** Days backups of the user's instances are kept. */
    backupRetentionDays: integer('backup_retention_days').notNull().default(7),
    ...timestamps,
  },
  (t) => [
    check('plans_price_check', sql`${t.price} >= 0`),
    check('plans_currency_check', currencyCheck(t.currency)),
    check('plans_code_check', sql`${t.code} ~ '^[a-z][a-z0-9_-]*$'`),
    check('plans_trial_days_check', sql`${t.trialDays} between 0 and 365`),
    check(
      'plans_limits_check',
      sql`coalesce(${t.messagesPerDay}, 0) >= 0 and coalesce(${t.storageBytes}, 0) >= 0
        and coalesce(${t.maxAgents}, 0) >= 0 and coalesce(${t.maxInstances}, 0) >= 0
        and coalesce(${t.apiRequestsPerDay}, 0) >= 0 and ${t.backupRetentionDays} >= 0`,
    ),
    /** The public catalogue in display order. */
    index('plans_catalogue_idx')
      .on(t.sortOrder)
      .where(sql`${t.isActive} and ${t.isPublic}`),
  ],
);

export const plansRelations = relations(plans, ({ many }) => ({
  planFeatures: many(planFeatures),
  subscriptions: many(subscriptions),
}));

export type Plan = typeof plans.$inferSelect;
export type NewPlan = typeof plans.$inferInsert;
