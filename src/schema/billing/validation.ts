import { createInsertSchema, createSelectSchema, createUpdateSchema } from 'drizzle-zod';
import { z } from 'zod';
import {
  billingIntervals,
  computeTiers,
  databaseTiers,
  invoiceStatuses,
  paymentProviders,
  subscriptionStatuses,
  transactionStatuses,
} from './constants.js';
import { features, planFeatures } from './features.js';
import { invoices } from './invoices.js';
import { plans } from './plans.js';
import { subscriptions } from './subscriptions.js';
import { transactions } from './transactions.js';
import { usageCounters } from './usage-counters.js';

/** Money: an amount in minor units (cents). The database checks the same bounds. */
export const centsSchema = z.int().min(0).max(2_147_483_647);
/** A three-letter ISO 4217 currency code in upper case (`plans_currency_check` etc.). */
export const currencySchema = z.string().regex(/^[A-Z]{3}$/, 'currency must be a 3-letter ISO 4217 code');
/** A plan code (`plans_code_check`). */
export const planCodeSchema = z
  .string()
  .regex(/^[a-z][a-z0-9_-]*$/, 'plan code must be lower-case letters, digits, _ or -');
/** A feature key (`features_key_check`). */
export const featureKeySchema = z
  .string()
  .regex(/^[a-z][a-z0-9_.:-]*$/, 'feature key must be lower-case letters, digits, _ . : or -');
/** A plan limit: a non-negative count, `null` for unlimited. */
const limit = () => z.int().min(0).nullable();
const metadataSchema = z.record(z.string(), z.unknown());

/** One line of `invoices.line_items`: amount = quantity × unitAmount, in cents. */
export const invoiceLineItemSchema = z
  .object({
    description: z.string().trim().min(1).max(500),
    quantity: z.int().min(1),
    unitAmount: centsSchema,
    amount: centsSchema,
    planId: z.uuid().optional(),
    periodStart: z.iso.datetime({ offset: true }).optional(),
    periodEnd: z.iso.datetime({ offset: true }).optional(),
  })
  .refine((item) => item.amount === item.quantity * item.unitAmount, {
    message: 'amount must equal quantity × unitAmount',
    path: ['amount'],
  });
export const invoiceLineItemsSchema = z.array(invoiceLineItemSchema);

/**
 * Rules drizzle-zod cannot derive (CHECK constraints, jsonb shapes, enum lists). Functions, so
 * drizzle-zod still applies each column's optionality and nullability.
 */
const planRules = {
  code: () => planCodeSchema,
  name: () => z.string().trim().min(1).max(120),
  price: () => centsSchema,
  currency: () => currencySchema,
  billingInterval: () => z.enum(billingIntervals),
  trialDays: () => z.int().min(0).max(365),
  messagesPerDay: limit,
  storageBytes: () => z.int().min(0).nullable(),
  maxAgents: limit,
  maxInstances: limit,
  apiRequestsPerDay: limit,
  databaseTier: () => z.enum(databaseTiers),
  computeTier: () => z.enum(computeTiers),
  backupRetentionDays: () => z.int().min(0),
};
export const selectPlanSchema = createSelectSchema(plans);
export const insertPlanSchema = createInsertSchema(plans, planRules);
export const updatePlanSchema = createUpdateSchema(plans, planRules);

const featureRules = { key: () => featureKeySchema, name: () => z.string().trim().min(1).max(120) };
export const selectFeatureSchema = createSelectSchema(features);
export const insertFeatureSchema = createInsertSchema(features, featureRules);
export const updateFeatureSchema = createUpdateSchema(features, featureRules);
export const insertPlanFeatureSchema = createInsertSchema(planFeatures);

const subscriptionRules = {
  status: () => z.enum(subscriptionStatuses),
  provider: () => z.enum(paymentProviders),
  metadata: () => metadataSchema,
};
/** The table's CHECKs: exactly one of plan/plugin, provider ids need a provider, periods ordered. */
const subscriptionChecks = <
  T extends {
    planId?: string | null;
    pluginId?: string | null;
    provider?: string | null;
    providerSubscriptionId?: string | null;
    currentPeriodStart?: Date | null;
    currentPeriodEnd?: Date | null;
  },
>(
  s: T,
  ctx: z.RefinementCtx,
) => {
  if ((s.planId == null) === (s.pluginId == null)) {
    ctx.addIssue({ code: 'custom', path: ['planId'], message: 'exactly one of planId and pluginId is set' });
  }
  if (s.providerSubscriptionId != null && s.provider == null) {
    ctx.addIssue({
      code: 'custom',
      path: ['provider'],
      message: 'a provider subscription id needs a provider',
    });
  }
  if (s.currentPeriodStart && s.currentPeriodEnd && s.currentPeriodEnd < s.currentPeriodStart) {
    ctx.addIssue({ code: 'custom', path: ['currentPeriodEnd'], message: 'period end is before its start' });
  }
};
export const selectSubscriptionSchema = createSelectSchema(subscriptions);
export const insertSubscriptionSchema = createInsertSchema(subscriptions, subscriptionRules).superRefine(
  subscriptionChecks,
);
export const updateSubscriptionSchema = createUpdateSchema(subscriptions, subscriptionRules);

const transactionRules = {
  /** Positive: a refund is a status, never a negative amount (`transactions_amount_check`). */
  amount: () => z.int().min(1, 'amount must be a positive number of cents').max(2_147_483_647),
  currency: () => currencySchema,
  status: () => z.enum(transactionStatuses),
  provider: () => z.enum(paymentProviders),
  metadata: () => metadataSchema,
};
export const selectTransactionSchema = createSelectSchema(transactions);
export const insertTransactionSchema = createInsertSchema(transactions, transactionRules);
export const updateTransactionSchema = createUpdateSchema(transactions, transactionRules);

const invoiceRules = {
  number: () => z.string().trim().min(1).max(64),
  status: () => z.enum(invoiceStatuses),
  subtotal: () => centsSchema,
  tax: () => centsSchema,
  total: () => centsSchema,
  currency: () => currencySchema,
  provider: () => z.enum(paymentProviders),
  lineItems: () => invoiceLineItemsSchema,
};
export const selectInvoiceSchema = createSelectSchema(invoices, { lineItems: invoiceLineItemsSchema });
export const insertInvoiceSchema = createInsertSchema(invoices, invoiceRules).superRefine((inv, ctx) => {
  if (inv.total !== undefined && inv.total !== (inv.subtotal ?? 0) + (inv.tax ?? 0)) {
    ctx.addIssue({ code: 'custom', path: ['total'], message: 'total must equal subtotal + tax' });
  }
  if (inv.status === 'paid' && inv.paidAt == null) {
    ctx.addIssue({ code: 'custom', path: ['paidAt'], message: 'a paid invoice needs paidAt' });
  }
});
export const updateInvoiceSchema = createUpdateSchema(invoices, invoiceRules);

const usageCounterRules = {
  metric: () =>
    z
      .string()
      .regex(/^[a-z][a-z0-9_.:-]*$/, 'metric must be lower-case letters, digits, _ . : or -')
      .max(100),
  count: () => z.int().min(0),
};
export const selectUsageCounterSchema = createSelectSchema(usageCounters);
export const insertUsageCounterSchema = createInsertSchema(usageCounters, usageCounterRules).refine(
  (c) => c.windowEnd > c.windowStart,
  { message: 'window end must be after its start', path: ['windowEnd'] },
);

// ---------------------------------------------------------------------------------------------
// Inputs of the typed queries (src/queries/billing).

const uuid = () => z.uuid();

/**
 * A webhook status in our vocabulary, also accepting the American `canceled` (Stripe, Lemon
 * Squeezy) for our `cancelled`, so a provider's status can be passed through as it comes.
 */
const providerStatus = <T extends readonly [string, ...string[]]>(statuses: T) =>
  z
    .enum([...statuses, 'canceled'] as [T[number] | 'canceled', ...(T[number] | 'canceled')[]])
    .transform((status) => (status === 'canceled' ? 'cancelled' : status) as T[number]);
const dateInput = () => z.coerce.date();

export const startTrialInputSchema = z
  .object({ userId: uuid(), planCode: planCodeSchema, trialDays: z.int().min(1).max(365).optional() })
  .strict();
export type StartTrialInput = z.input<typeof startTrialInputSchema>;

export const startSubscriptionInputSchema = z
  .object({
    userId: uuid(),
    planCode: planCodeSchema,
    status: z.enum(subscriptionStatuses).default('active'),
    provider: z.enum(paymentProviders).optional(),
    providerSubscriptionId: z.string().min(1).max(255).optional(),
    providerCustomerId: z.string().min(1).max(255).optional(),
    currentPeriodStart: dateInput().optional(),
    currentPeriodEnd: dateInput().optional(),
  })
  .strict();
export type StartSubscriptionInput = z.input<typeof startSubscriptionInputSchema>;

export const changePlanInputSchema = z.object({ userId: uuid(), planCode: planCodeSchema }).strict();
export type ChangePlanInput = z.input<typeof changePlanInputSchema>;

/** A provider webhook about a subscription, already mapped to our vocabulary. */
export const subscriptionEventSchema = z
  .object({
    provider: z.enum(paymentProviders),
    providerSubscriptionId: z.string().min(1).max(255),
    providerCustomerId: z.string().min(1).max(255).optional(),
    /** When the provider emitted the event: events not newer than the last applied are ignored. */
    occurredAt: dateInput(),
    userId: uuid(),
    planCode: planCodeSchema,
    status: providerStatus(subscriptionStatuses),
    currentPeriodStart: dateInput().nullish(),
    currentPeriodEnd: dateInput().nullish(),
    trialEndsAt: dateInput().nullish(),
    cancelAtPeriodEnd: z.boolean().default(false),
    cancelledAt: dateInput().nullish(),
    endedAt: dateInput().nullish(),
  })
  .strict();
export type SubscriptionEvent = z.input<typeof subscriptionEventSchema>;

/** A provider webhook about a payment, already mapped to our vocabulary. */
export const paymentEventSchema = z
  .object({
    provider: z.enum(paymentProviders),
    providerPaymentId: z.string().min(1).max(255),
    occurredAt: dateInput(),
    userId: uuid(),
    amount: transactionRules.amount(),
    currency: currencySchema.default('USD'),
    status: providerStatus(transactionStatuses),
    subscriptionId: uuid().nullish(),
    invoiceId: uuid().nullish(),
    description: z.string().max(500).nullish(),
    failureReason: z.string().max(1000).nullish(),
  })
  .strict();
export type PaymentEvent = z.input<typeof paymentEventSchema>;

export const createInvoiceInputSchema = z
  .object({
    userId: uuid(),
    subscriptionId: uuid().nullish(),
    number: invoiceRules.number(),
    currency: currencySchema.default('USD'),
    tax: centsSchema.default(0),
    lineItems: invoiceLineItemsSchema.min(1),
    periodStart: dateInput().nullish(),
    periodEnd: dateInput().nullish(),
    dueAt: dateInput().nullish(),
    provider: z.enum(paymentProviders).nullish(),
    providerInvoiceId: z.string().min(1).max(255).nullish(),
  })
  .strict();
export type CreateInvoiceInput = z.input<typeof createInvoiceInputSchema>;

export const payInvoiceInputSchema = z
  .object({
    invoiceId: uuid(),
    paidAt: dateInput().optional(),
    provider: z.enum(paymentProviders).default('manual'),
    providerPaymentId: z.string().min(1).max(255).optional(),
  })
  .strict();
export type PayInvoiceInput = z.input<typeof payInvoiceInputSchema>;

export const usageInputSchema = z
  .object({
    userId: uuid(),
    metric: usageCounterRules.metric(),
    amount: z.int().min(-1_000_000_000).max(1_000_000_000).default(1),
    windowStart: dateInput().optional(),
    windowEnd: dateInput().optional(),
  })
  .strict();
export type UsageInput = z.input<typeof usageInputSchema>;
