import { z } from 'zod';
import { paymentProviders } from '../billing/constants.js';
import { centsSchema } from '../billing/validation.js';
import { pluginBillingIntervals, pluginEventKinds, pluginTiers } from './constants.js';
import { periodSchema, pluginSlugSchema, ratingSchema } from './validation.js';

/** Inputs of the marketplace module's typed queries and function wrappers. */
const uuid = () => z.uuid();
const metricSchema = z.string().trim().min(1).max(100);
/** A calendar day, `YYYY-MM-DD` (the analytics' UTC day). */
export const daySchema = z.iso.date('day must be YYYY-MM-DD');

export const usageIncrementInputSchema = z
  .object({
    userId: uuid(),
    pluginId: pluginSlugSchema,
    period: periodSchema,
    metric: metricSchema,
    increment: z.int().min(1).default(1),
  })
  .strict();
export type UsageIncrementInput = z.input<typeof usageIncrementInputSchema>;

export const agentExecutionInputSchema = z
  .object({ userId: uuid(), pluginId: pluginSlugSchema, period: periodSchema, agentName: metricSchema })
  .strict();
export type AgentExecutionInput = z.input<typeof agentExecutionInputSchema>;

export const startPluginTrialInputSchema = z
  .object({ userId: uuid(), pluginId: pluginSlugSchema, days: z.int().min(1).max(365).default(14) })
  .strict();
export type StartPluginTrialInput = z.input<typeof startPluginTrialInputSchema>;

export const issueLicenseInputSchema = z
  .object({
    userId: uuid(),
    pluginId: pluginSlugSchema,
    subscriptionId: uuid().optional(),
    expiresAt: z.coerce.date().optional(),
  })
  .strict();
export type IssueLicenseInput = z.input<typeof issueLicenseInputSchema>;

export const revokeLicenseInputSchema = z
  .object({
    licenseId: uuid(),
    reason: z.string().trim().min(1, 'a revocation needs a reason'),
    revokedBy: uuid().optional(),
  })
  .strict();
export type RevokeLicenseInput = z.input<typeof revokeLicenseInputSchema>;

export const browsePluginsInputSchema = z
  .object({
    tier: z.enum(pluginTiers).optional(),
    category: z.string().optional(),
    tag: z.string().optional(),
    /** Words to find in the name or description. */
    text: z.string().trim().min(1).max(200).optional(),
    sort: z.enum(['downloads', 'rating', 'newest']).default('downloads'),
    limit: z.int().min(1).max(100).default(20),
    /** The `nextCursor` of the previous page. */
    cursor: z.string().optional(),
  })
  .strict();
export type BrowsePluginsInput = z.input<typeof browsePluginsInputSchema>;

export const reviewInputSchema = z
  .object({
    userId: uuid(),
    pluginId: pluginSlugSchema,
    rating: ratingSchema,
    title: z.string().trim().max(200).optional(),
    body: z.string().trim().max(10_000).optional(),
  })
  .strict();
export type ReviewInput = z.input<typeof reviewInputSchema>;

export const usageEventInputSchema = z
  .object({
    userId: uuid(),
    pluginId: pluginSlugSchema,
    metric: metricSchema,
    quantity: z.int().min(1, 'quantity must be at least 1').default(1),
    metadata: z.record(z.string(), z.unknown()).default({}),
    occurredAt: z.coerce.date().optional(),
    idempotencyKey: z.string().min(1).max(255),
  })
  .strict();
export type UsageEventInput = z.input<typeof usageEventInputSchema>;
export const usageEventBatchSchema = z.array(usageEventInputSchema).min(1).max(1000);

export const pluginEventInputSchema = z
  .object({
    pluginId: pluginSlugSchema,
    kind: z.enum(pluginEventKinds),
    userId: uuid().optional(),
    occurredAt: z.coerce.date().optional(),
  })
  .strict();
export type PluginEventInput = z.input<typeof pluginEventInputSchema>;

export const pluginAnalyticsInputSchema = z
  .object({
    pluginId: pluginSlugSchema,
    /** First day, included. */
    from: daySchema,
    /** Last day, included. */
    to: daySchema,
  })
  .strict()
  .refine((d) => d.from <= d.to, { message: 'from must not be after to', path: ['to'] });
export type PluginAnalyticsInput = z.input<typeof pluginAnalyticsInputSchema>;

export const convertTrialInputSchema = z
  .object({
    userId: uuid(),
    pluginId: pluginSlugSchema,
    /** The user's live subscription to the plugin; without it one is found, or created. */
    subscriptionId: uuid().optional(),
  })
  .strict();
export type ConvertTrialInput = z.input<typeof convertTrialInputSchema>;

export const expireTrialsInputSchema = z
  .object({
    /** Expire active trials that ended by then (default: the database's `now()`). */
    asOf: z.coerce.date().optional(),
  })
  .strict();
export type ExpireTrialsInput = z.input<typeof expireTrialsInputSchema>;

export const submitPluginInputSchema = z
  .object({
    submitterId: uuid(),
    pluginId: pluginSlugSchema,
    displayName: z.string().trim().min(1).max(200),
    description: z.string().trim().max(10_000).optional(),
    tier: z.enum(pluginTiers).optional(),
    price: centsSchema.optional(),
    billingInterval: z.enum(pluginBillingIntervals).optional(),
    category: z.string().trim().min(1).max(100).optional(),
    tags: z.array(z.string().trim().min(1).max(50)).max(50).optional(),
    version: z.string().trim().min(1).max(50),
    metadata: z.record(z.string(), z.unknown()).optional(),
  })
  .strict();
export type SubmitPluginInput = z.input<typeof submitPluginInputSchema>;

export const reviewSubmissionInputSchema = z
  .object({
    submissionId: uuid(),
    /** For the service role; an admin acting through `withUser` is the reviewer by default. */
    reviewerId: uuid().optional(),
    notes: z.string().trim().max(10_000).optional(),
  })
  .strict();
export type ReviewSubmissionInput = z.input<typeof reviewSubmissionInputSchema>;

export const rejectSubmissionInputSchema = reviewSubmissionInputSchema.extend({
  notes: z.string().trim().min(1, 'a rejection needs notes for the submitter').max(10_000),
});
export type RejectSubmissionInput = z.input<typeof rejectSubmissionInputSchema>;

/** A payment provider's webhook as received: its event id makes a redelivery recognisable. */
export const webhookDeliverySchema = z
  .object({
    provider: z.enum(paymentProviders),
    /** The provider's event id (Stripe's `evt_...`). */
    eventId: z.string().min(1).max(255),
    type: z.string().min(1).max(255),
    payload: z.record(z.string(), z.unknown()),
  })
  .strict();
export type WebhookDelivery = z.input<typeof webhookDeliverySchema>;
/** A delivery about a billing event, whose provider is the event's. */
export type BillingWebhookDelivery = Omit<WebhookDelivery, 'provider'>;
