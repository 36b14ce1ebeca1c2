/**
 * Value lists of the billing module, shared by the pgEnums (schema) and the zod validators, so
 * the database and the application can never disagree on them.
 */

/** How often a plan bills. */
export const billingIntervals = ['month', 'year'] as const;
export type BillingInterval = (typeof billingIntervals)[number];

/** Where an instance's database lives: a shared server, or a server of its own. */
export const databaseTiers = ['shared', 'dedicated'] as const;
export type DatabaseTier = (typeof databaseTiers)[number];

/** Compute an instance runs on (`lambda` for the shared tier). */
export const computeTiers = ['lambda', 'container', 'dedicated'] as const;
export type ComputeTier = (typeof computeTiers)[number];

/** Payment providers the package links to (generic linkage: provider + provider ids). */
export const paymentProviders = ['stripe', 'lemon_squeezy', 'lago', 'manual'] as const;
export type PaymentProvider = (typeof paymentProviders)[number];

/**
 * Subscription statuses: the union of the source schemas' (docs/billing.md). Stripe's `canceled`
 * is spelled `cancelled` here, once; the webhook validators accept `canceled`.
 */
export const subscriptionStatuses = [
  'trial',
  'trialing',
  'active',
  'past_due',
  'unpaid',
  'incomplete',
  'paused',
  'cancelled',
  'expired',
] as const;
export type SubscriptionStatus = (typeof subscriptionStatuses)[number];

/**
 * Statuses in which a subscription still holds the user's one platform-plan slot: at most one
 * plan subscription per user may be in one of these (partial unique index
 * `subscriptions_one_live_plan_per_user`). Only `cancelled` and `expired` free the slot.
 */
export const liveSubscriptionStatuses = [
  'trial',
  'trialing',
  'active',
  'past_due',
  'unpaid',
  'incomplete',
  'paused',
] as const satisfies readonly SubscriptionStatus[];

/**
 * Statuses that grant the plan's features and limits (`has_active_subscription`): a trial, a paid
 * subscription, and one whose renewal payment is being retried (`past_due`, a grace period).
 */
export const activeSubscriptionStatuses = [
  'trial',
  'trialing',
  'active',
  'past_due',
] as const satisfies readonly SubscriptionStatus[];

/** Payment (transaction) statuses; the revenue report counts `succeeded`. */
export const transactionStatuses = ['pending', 'succeeded', 'failed', 'refunded', 'cancelled'] as const;
export type TransactionStatus = (typeof transactionStatuses)[number];

/** Invoice statuses (Stripe's vocabulary). */
export const invoiceStatuses = ['draft', 'open', 'paid', 'void', 'uncollectible'] as const;
export type InvoiceStatus = (typeof invoiceStatuses)[number];

/**
 * Usage-counter metrics that have a plan limit, and the `plans` column that limits them
 * (`check_usage_quota`). Counters may track other metrics too; those are unlimited.
 */
export const usageMetricLimits = {
  messages: 'messages_per_day',
  api_requests: 'api_requests_per_day',
  storage_bytes: 'storage_bytes',
  agents: 'max_agents',
  instances: 'max_instances',
} as const;
export type LimitedUsageMetric = keyof typeof usageMetricLimits;

/** The plan codes the shipped catalogue (src/modules/billing/seed.sql) contains (docs/billing.md). */
export const catalogPlanCodes = [
  'free',
  'hobby',
  'basic',
  'starter',
  'pro',
  'professional',
  'business',
  'enterprise',
] as const;
