import { createInsertSchema, createSelectSchema, createUpdateSchema } from 'drizzle-zod';
import { z } from 'zod';
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
 * Rules drizzle-zod cannot derive (CHECK constraints, jsonb shapes; it derives pgEnum values
 * itself). Functions, so drizzle-zod still applies each column's optionality and nullability.
 */
const planRules = {
  code: () => planCodeSchema,
  name: () => z.string().trim().min(1).max(120),
  price: () => centsSchema,
  currency: () => currencySchema,
  trialDays: () => z.int().min(0).max(365),
  messagesPerDay: limit,
  storageBytes: () => z.int().min(0).nullable(),
  maxAgents: limit,
  maxInstances: limit,
  apiRequestsPerDay: limit,
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

export const transactionRules = {
  /** Positive: a refund is a status, never a negative amount (`transactions_amount_check`). */
  amount: () => z.int().min(1, 'amount must be a positive number of cents').max(2_147_483_647),
  currency: () => currencySchema,
  metadata: () => metadataSchema,
};
export const selectTransactionSchema = createSelectSchema(transactions);
export const insertTransactionSchema = createInsertSchema(transactions, transactionRules);
export const updateTransactionSchema = createUpdateSchema(transactions, transactionRules);

export const invoiceRules = {
  number: () => z.string().trim().min(1).max(64),
  subtotal: () => centsSchema,
  tax: () => centsSchema,
  total: () => centsSchema,
  currency: () => currencySchema,
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

export const usageCounterRules = {
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
