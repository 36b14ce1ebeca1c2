import { z } from 'zod';
import { paymentProviders, subscriptionStatuses, transactionStatuses } from './constants.js';
import {
  centsSchema,
  currencySchema,
  invoiceLineItemsSchema,
  invoiceRules,
  planCodeSchema,
  transactionRules,
  usageCounterRules,
} from './validation.js';

/** Inputs of the billing module's typed queries and function wrappers. */
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
