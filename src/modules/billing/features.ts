import { relations, sql } from 'drizzle-orm';
import { boolean, check, index, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { catalogue, defineTable } from '../../shared/access.js';
import { timestamps } from '../../shared/columns.js';
import { plans } from './plans.js';

/**
 * The feature catalogue (docs/billing.md). A feature's `key` is the permission
 * `check_user_permission(user_id, permission)` answers for; plans grant features through
 * `plan_features` (add-ons will, through the store module). Anyone sees the active features.
 */
export const features = defineTable(
  'features',
  catalogue({ visible: sql`is_active` }),
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Permission key, e.g. `api_access`, `custom_domain`: lower case, dots/underscores allowed. */
    key: text('key').notNull().unique('features_key_key'),
    name: text('name').notNull(),
    description: text('description'),
    /** Grouping for display (`core`, `integrations`, `support`, `hosting` ...). */
    category: text('category').notNull().default('core'),
    /** Retired features stay for history but leave the public catalogue. */
    isActive: boolean('is_active').notNull().default(true),
    ...timestamps,
  },
  (t) => [
    check('features_key_check', sql`${t.key} ~ '^[a-z][a-z0-9_.:-]*$'`),
    index('features_category_idx').on(t.category),
  ],
);

/** Which plans grant which features: visible with the plan (the sub-select runs under `plans`' RLS). */
export const planFeatures = defineTable(
  'plan_features',
  catalogue({ visible: sql`exists (select 1 from public.plans p where p.id = plan_features.plan_id)` }),
  {
    planId: uuid('plan_id')
      .notNull()
      .references(() => plans.id, { onDelete: 'cascade' }),
    featureId: uuid('feature_id')
      .notNull()
      .references(() => features.id, { onDelete: 'cascade' }),
    ...timestamps,
  },
  (t) => [
    primaryKey({ name: 'plan_features_pkey', columns: [t.planId, t.featureId] }),
    /** "Which plans grant this feature" (the primary key covers the other direction). */
    index('plan_features_feature_id_idx').on(t.featureId),
  ],
);

export const featuresRelations = relations(features, ({ many }) => ({
  planFeatures: many(planFeatures),
}));

export const planFeaturesRelations = relations(planFeatures, ({ one }) => ({
  plan: one(plans, { fields: [planFeatures.planId], references: [plans.id] }),
  feature: one(features, { fields: [planFeatures.featureId], references: [features.id] }),
}));

export type Feature = typeof features.$inferSelect;
export type NewFeature = typeof features.$inferInsert;
export type PlanFeature = typeof planFeatures.$inferSelect;
