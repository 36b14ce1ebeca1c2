import { sql } from 'drizzle-orm';
import { boolean, check, index, pgPolicy, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core';
import { timestamps } from '../_shared/columns.js';
import { anonRole, authenticatedRole, isAdmin } from '../_shared/rls.js';
import { plans } from './plans.js';

/**
 * The feature catalogue (seed 002's `feature_definitions`). A feature's `key` is the permission
 * `check_user_permission(user_id, permission)` answers for; plans grant features through
 * `plan_features` (add-ons will, through the store module).
 */
export const features = pgTable(
  'features',
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
    pgPolicy('features_select_active_anon', { for: 'select', to: anonRole, using: sql`is_active` }),
    pgPolicy('features_select_active_or_admin', {
      for: 'select',
      to: authenticatedRole,
      using: sql`is_active or ${isAdmin}`,
    }),
  ],
).enableRLS();

/** A plan's visibility decides its features' (the sub-select runs under `plans`' own RLS). */
const planVisible = sql`exists (select 1 from public.plans p where p.id = plan_features.plan_id)`;

/** Which plans grant which features. */
export const planFeatures = pgTable(
  'plan_features',
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
    /** "Which plans grant this feature" (the PK covers the other direction). */
    index('plan_features_feature_id_idx').on(t.featureId),
    pgPolicy('plan_features_select_visible_plan_anon', { for: 'select', to: anonRole, using: planVisible }),
    pgPolicy('plan_features_select_visible_plan', {
      for: 'select',
      to: authenticatedRole,
      using: planVisible,
    }),
  ],
).enableRLS();

export type Feature = typeof features.$inferSelect;
export type NewFeature = typeof features.$inferInsert;
export type PlanFeature = typeof planFeatures.$inferSelect;
