import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../../../db.js';
import { features, planFeatures } from '../features.js';
import { type Plan, plans } from '../plans.js';
import { type Subscription, subscriptions } from '../subscriptions.js';

/** The limits of a plan; `null` in a numeric limit means unlimited. */
export type PlanLimits = Pick<
  Plan,
  | 'messagesPerDay'
  | 'storageBytes'
  | 'maxAgents'
  | 'maxInstances'
  | 'apiRequestsPerDay'
  | 'databaseTier'
  | 'computeTier'
  | 'backupRetentionDays'
>;

export const planLimits = (plan: Plan): PlanLimits => ({
  messagesPerDay: plan.messagesPerDay,
  storageBytes: plan.storageBytes,
  maxAgents: plan.maxAgents,
  maxInstances: plan.maxInstances,
  apiRequestsPerDay: plan.apiRequestsPerDay,
  databaseTier: plan.databaseTier,
  computeTier: plan.computeTier,
  backupRetentionDays: plan.backupRetentionDays,
});

export type CurrentPlan = {
  plan: Plan;
  limits: PlanLimits;
  /** Keys of the active features the plan grants. */
  features: string[];
  /** The subscription granting it; `null` when the user falls back to the `free` plan. */
  subscription: Subscription | null;
};

/**
 * Looks a plan up by code for a subscription; an unknown or retired plan is a validation error on
 * `planCode` (a ZodError, like every other input error of the billing queries).
 */
export async function requirePlan(db: Database, planCode: string, path: PropertyKey[] = ['planCode']) {
  const [plan] = await db.select().from(plans).where(eq(plans.code, planCode));
  if (!plan || !plan.isActive) {
    throw new z.ZodError([{ code: 'custom', path, message: `unknown plan "${planCode}"`, input: planCode }]);
  }
  return plan;
}

/** Keys of the active features a plan grants. */
export async function planFeatureKeys(db: Database, planId: string): Promise<string[]> {
  const found = await db
    .select({ key: features.key })
    .from(planFeatures)
    .innerJoin(features, eq(features.id, planFeatures.featureId))
    .where(and(eq(planFeatures.planId, planId), eq(features.isActive, true)))
    .orderBy(features.key);
  return found.map((f) => f.key);
}

/** The active public catalogue in display order (what `anon` can see). */
export async function listPublicPlans(db: Database): Promise<Plan[]> {
  return db
    .select()
    .from(plans)
    .where(and(eq(plans.isActive, true), eq(plans.isPublic, true)))
    .orderBy(plans.sortOrder);
}

/**
 * The plan, limits and feature keys that apply to a user now: those of their plan subscription
 * granting access (trial not ended, active, past_due), else the `free` plan's. The rule is the SQL
 * function `saas_private.granting_plan_subscription_id`, which `check_user_permission` and
 * `check_usage_quota` use too.
 */
export async function getCurrentPlan(db: Database, userId: string): Promise<CurrentPlan | undefined> {
  const [live] = await db
    .select({ subscription: subscriptions, plan: plans })
    .from(subscriptions)
    .innerJoin(plans, eq(plans.id, subscriptions.planId))
    .where(eq(subscriptions.id, sql`saas_private.granting_plan_subscription_id(${userId})`));
  const plan = live?.plan ?? (await db.select().from(plans).where(eq(plans.code, 'free')))[0];
  if (!plan) return undefined;
  return {
    plan,
    limits: planLimits(plan),
    features: await planFeatureKeys(db, plan.id),
    subscription: live?.subscription ?? null,
  };
}
