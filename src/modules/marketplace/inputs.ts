import { z } from 'zod';
import { pluginEventKinds, pluginTiers } from './constants.js';
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
