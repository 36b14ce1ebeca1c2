import { createInsertSchema, createSelectSchema, createUpdateSchema } from 'drizzle-zod';
import { z } from 'zod';
import { centsSchema, currencySchema } from '../billing/validation.js';
import { periodPattern } from './constants.js';
import { licenses } from './licenses.js';
import { logs } from './logs.js';
import { notificationPreferences } from './notification-preferences.js';
import { pluginAnalyticsDaily } from './plugin-analytics-daily.js';
import { pluginEvents } from './plugin-events.js';
import { pluginReviews } from './plugin-reviews.js';
import { pluginSubmissions } from './plugin-submissions.js';
import { plugins } from './plugins.js';
import { trials } from './trials.js';
import { usageAggregates, usageEvents } from './usage-events.js';
import { webhookEvents } from './webhook-events.js';

/** A plugin slug (`plugins_id_check`): lower-case letters, digits and dashes, 2 to 63 long. */
export const pluginSlugSchema = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{1,62}$/, 'plugin id must be a slug: lower-case letters, digits and dashes');
/** A usage period: a calendar month `YYYY-MM` (the `usage_period` domain). */
export const periodSchema = z.string().regex(new RegExp(periodPattern), 'period must be YYYY-MM');
/** A review rating: a whole number from 1 to 5 (`plugin_reviews_rating_check`). */
export const ratingSchema = z.int().min(1, 'rating must be 1 to 5').max(5, 'rating must be 1 to 5');
const objectSchema = z.record(z.string(), z.unknown());

/** drizzle-zod derives the enums; these add what it cannot see: CHECKs and jsonb shapes. */
const pluginRules = {
  price: centsSchema.optional(),
  currency: currencySchema.optional(),
  metadata: objectSchema.optional(),
  requiresPlugin: pluginSlugSchema.nullish(),
};
const notSelfRequiring = (p: { id?: string; requiresPlugin?: string | null }) =>
  p.requiresPlugin == null || p.requiresPlugin !== p.id;
const selfRequiring = { message: 'a plugin cannot require itself', path: ['requiresPlugin'] };

export const pluginSelectSchema = createSelectSchema(plugins);
export const pluginInsertSchema = createInsertSchema(plugins, {
  ...pluginRules,
  id: pluginSlugSchema,
}).refine(notSelfRequiring, selfRequiring);
export const pluginUpdateSchema = createUpdateSchema(plugins, {
  ...pluginRules,
  id: pluginSlugSchema.optional(),
}).refine(notSelfRequiring, selfRequiring);

export const licenseSelectSchema = createSelectSchema(licenses);
export const trialSelectSchema = createSelectSchema(trials);

export const pluginSubmissionSelectSchema = createSelectSchema(pluginSubmissions);
export const pluginSubmissionInsertSchema = createInsertSchema(pluginSubmissions, {
  pluginId: pluginSlugSchema,
  price: centsSchema.optional(),
  metadata: objectSchema.optional(),
});

export const pluginReviewSelectSchema = createSelectSchema(pluginReviews);
export const pluginReviewInsertSchema = createInsertSchema(pluginReviews, { rating: ratingSchema });
export const pluginReviewUpdateSchema = createUpdateSchema(pluginReviews, {
  rating: ratingSchema.optional(),
});

export const usageEventSelectSchema = createSelectSchema(usageEvents);
export const usageEventInsertSchema = createInsertSchema(usageEvents, {
  pluginId: pluginSlugSchema,
  quantity: z.int().min(1, 'quantity must be at least 1').optional(),
  metadata: objectSchema.optional(),
  idempotencyKey: z.string().min(1).max(255),
});
/** The rules of the usage domains (columns.ts): drizzle-zod sees a custom type as `any`. */
const usageCountSchema = z.int().min(0, 'count cannot be negative');
const agentExecutionCountsSchema = z.record(z.string(), usageCountSchema);
export const usageAggregateSelectSchema = createSelectSchema(usageAggregates, {
  period: periodSchema,
  count: usageCountSchema,
  agentExecutions: agentExecutionCountsSchema,
});
export const usageAggregateInsertSchema = createInsertSchema(usageAggregates, {
  period: periodSchema,
  count: usageCountSchema.optional(),
  agentExecutions: agentExecutionCountsSchema.optional(),
});

export const logSelectSchema = createSelectSchema(logs);
export const logInsertSchema = createInsertSchema(logs, { context: objectSchema.optional() });
export const webhookEventSelectSchema = createSelectSchema(webhookEvents);
export const webhookEventInsertSchema = createInsertSchema(webhookEvents, { payload: objectSchema });
export const notificationPreferenceSelectSchema = createSelectSchema(notificationPreferences);
export const notificationPreferenceInsertSchema = createInsertSchema(notificationPreferences);
export const pluginEventSelectSchema = createSelectSchema(pluginEvents);
export const pluginEventInsertSchema = createInsertSchema(pluginEvents, { pluginId: pluginSlugSchema });
export const pluginAnalyticsDaySelectSchema = createSelectSchema(pluginAnalyticsDaily);
