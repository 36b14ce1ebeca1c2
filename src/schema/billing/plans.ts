import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  index,
  integer,
  pgEnum,
  pgPolicy,
  pgTable,
  text,
  uuid,
} from 'drizzle-orm/pg-core';
import { timestamps } from '../_shared/columns.js';
import { anonRole, authenticatedRole, currentUserId, isAdmin } from '../_shared/rls.js';
import { billingIntervals, computeTiers, databaseTiers } from './constants.js';

export const billingInterval = pgEnum('billing_interval', billingIntervals);
export const databaseTier = pgEnum('database_tier', databaseTiers);
export const computeTier = pgEnum('compute_tier', computeTiers);

/** A three-letter ISO 4217 code in upper case (`USD`, `EUR`). Shared by every money column. */
export const currencyCheck = (column: unknown) => sql`${column} ~ '^[A-Z]{3}$'`;

/** The active, public catalogue: what anyone may browse. */
const inPublicCatalogue = sql`is_active and is_public`;

/**
 * The plan catalogue (seed 004's `plans`; also seed 001's plan values, seed 003's tiers and seed
 * 002's `subscription_tiers`). Limits are typed columns; `null` in a limit means unlimited.
 */
export const plans = pgTable(
  'plans',
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
    /** Limit: messages per day (seed 003). */
    messagesPerDay: integer('messages_per_day'),
    /** Limit: stored bytes (files and instance data). */
    storageBytes: bigint('storage_bytes', { mode: 'number' }),
    /** Limit: agents a user may configure (seed 003). */
    maxAgents: integer('max_agents'),
    /** Limit: hosted instances a user may run (seeds 003, 004). */
    maxInstances: integer('max_instances'),
    /** Limit: API requests per day (seed 004's `api_requests_quota_daily`). */
    apiRequestsPerDay: integer('api_requests_per_day'),
    /** Seed 004: shared server (hobby, starter, professional) or dedicated (business, enterprise). */
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
    pgPolicy('plans_select_catalogue_anon', { for: 'select', to: anonRole, using: inPublicCatalogue }),
    pgPolicy('plans_select_catalogue_own_or_admin', {
      for: 'select',
      to: authenticatedRole,
      // The public catalogue, the plan the user is subscribed to (even if private or retired),
      // or anything for an admin.
      using: sql`(is_active and is_public) or ${isAdmin} or exists (
        select 1 from public.subscriptions s where s.plan_id = plans.id and s.user_id = ${currentUserId})`,
    }),
  ],
).enableRLS();

export type Plan = typeof plans.$inferSelect;
export type NewPlan = typeof plans.$inferInsert;
