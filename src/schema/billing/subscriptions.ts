import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  index,
  jsonb,
  pgEnum,
  pgPolicy,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { timestamps } from '../_shared/columns.js';
import { authenticatedRole, ownUserIdOrAdmin } from '../_shared/rls.js';
import { users } from '../core/users.js';
import { liveSubscriptionStatuses, paymentProviders, subscriptionStatuses } from './constants.js';
import { plans } from './plans.js';

export const paymentProvider = pgEnum('payment_provider', paymentProviders);
export const subscriptionStatus = pgEnum('subscription_status', subscriptionStatuses);

const liveStatusList = sql.raw(liveSubscriptionStatuses.map((s) => `'${s}'`).join(', '));

/**
 * One table for a user's subscription to a platform plan *or* to a plugin (SPEC section 3; seeds
 * 000, 001, 003, 004). Written only by the service role (provider webhooks, backend jobs).
 */
export const subscriptions = pgTable(
  'subscriptions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** The platform plan, when this is a plan subscription. Exactly one of plan/plugin is set. */
    planId: uuid('plan_id').references(() => plans.id, { onDelete: 'restrict' }),
    /**
     * The plugin (seed 000), when this is a plugin subscription. Plugins are keyed by their text
     * slug (SPEC section 3); the foreign key to `plugins` is added by the marketplace module.
     */
    pluginId: text('plugin_id'),
    status: subscriptionStatus('status').notNull().default('active'),
    /** Payment provider holding the subscription; `null` for one the platform granted itself. */
    provider: paymentProvider('provider'),
    /** The subscription's id at `provider` (seed 001's `lemon_squeezy_id`, Stripe's `sub_...`). */
    providerSubscriptionId: text('provider_subscription_id'),
    /** The customer's id at `provider`. */
    providerCustomerId: text('provider_customer_id'),
    currentPeriodStart: timestamp('current_period_start', { withTimezone: true }),
    currentPeriodEnd: timestamp('current_period_end', { withTimezone: true }),
    /** End of the free trial (seed 001's `trial_ends_at`). */
    trialEndsAt: timestamp('trial_ends_at', { withTimezone: true }),
    /** The subscription ends at `current_period_end` instead of renewing. */
    cancelAtPeriodEnd: boolean('cancel_at_period_end').notNull().default(false),
    /** When cancellation was requested or took effect. */
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    /** When the subscription stopped granting anything (`expired`/`cancelled` for good). */
    endedAt: timestamp('ended_at', { withTimezone: true }),
    /**
     * Time of the last provider event applied (webhook idempotency): an event not newer than this
     * is ignored, so a redelivered or out-of-order webhook changes nothing.
     */
    providerEventAt: timestamp('provider_event_at', { withTimezone: true }),
    metadata: jsonb('metadata').$type<Record<string, unknown>>().notNull().default({}),
    ...timestamps,
  },
  (t) => [
    check('subscriptions_one_target_check', sql`num_nonnulls(${t.planId}, ${t.pluginId}) = 1`),
    check(
      'subscriptions_provider_check',
      sql`(${t.providerSubscriptionId} is null and ${t.providerCustomerId} is null) or ${t.provider} is not null`,
    ),
    check(
      'subscriptions_period_check',
      sql`${t.currentPeriodEnd} is null or ${t.currentPeriodStart} is null or ${t.currentPeriodEnd} >= ${t.currentPeriodStart}`,
    ),
    /**
     * At most one live platform-plan subscription per user (seed 001's rule). A unique index, so
     * it holds under concurrent inserts too: the second waits for the first and then fails 23505.
     */
    uniqueIndex('subscriptions_one_live_plan_per_user')
      .on(t.userId)
      .where(sql`${t.planId} is not null and ${t.status} in (${liveStatusList})`),
    /** Webhooks find (and upsert) a subscription by its provider id; NULLs never collide. */
    uniqueIndex('subscriptions_provider_subscription_key').on(t.provider, t.providerSubscriptionId),
    index('subscriptions_user_id_idx').on(t.userId),
    index('subscriptions_plan_id_idx').on(t.planId),
    index('subscriptions_plugin_id_idx').on(t.pluginId).where(sql`${t.pluginId} is not null`),
    index('subscriptions_status_idx').on(t.status),
    pgPolicy('subscriptions_select_own_or_admin', {
      for: 'select',
      to: authenticatedRole,
      using: ownUserIdOrAdmin,
    }),
  ],
).enableRLS();

export type Subscription = typeof subscriptions.$inferSelect;
export type NewSubscription = typeof subscriptions.$inferInsert;
