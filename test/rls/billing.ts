import { randomUUID } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import { features, planFeatures } from '../../src/modules/billing/features.js';
import { invoices } from '../../src/modules/billing/invoices.js';
import { plans } from '../../src/modules/billing/plans.js';
import { subscriptions } from '../../src/modules/billing/subscriptions.js';
import { transactions } from '../../src/modules/billing/transactions.js';
import { usageCounters } from '../../src/modules/billing/usage-counters.js';
import type { TestDb } from '../support/database.js';
import { byId, byRow, defineRlsSpec, perUserExpectations, serviceWrites, type Tx } from './matrix.js';

async function planId(db: TestDb, code: string): Promise<string> {
  const [plan] = await db.select({ id: plans.id }).from(plans).where(eq(plans.code, code));
  return plan!.id;
}

export const plansSpec = defineRlsSpec({
  table: 'plans',
  async seed(db) {
    const code = `private-${randomUUID().slice(0, 8)}`;
    const [hidden] = await db
      .insert(plans)
      .values({ code, name: 'Private deal', price: 100, isPublic: false })
      .returning({ id: plans.id });
    return { visible: await planId(db, 'free'), hidden: hidden!.id };
  },
  run: {
    select: async (tx: Tx, f) =>
      (
        await tx
          .select({ id: plans.id })
          .from(plans)
          .where(inArray(plans.id, [f.visible, f.hidden]))
      ).length,
    insert: async (tx: Tx) =>
      (
        await tx
          .insert(plans)
          .values({ code: `new-${randomUUID().slice(0, 8)}`, name: 'New' })
          .returning({ id: plans.id })
      ).length,
    update: async (tx: Tx, f) =>
      (await tx.update(plans).set({ price: 200 }).where(eq(plans.id, f.hidden)).returning({ id: plans.id }))
        .length,
    delete: async (tx: Tx, f) =>
      (await tx.delete(plans).where(eq(plans.id, f.hidden)).returning({ id: plans.id })).length,
  },
  expect: {
    anon: { select: 1, ...serviceWrites.anon },
    owner: { select: 1, ...serviceWrites.user },
    other: { select: 1, ...serviceWrites.user },
    admin: { select: 2, ...serviceWrites.user },
    service_role: { select: 2, ...serviceWrites.service_role },
  },
});

export const featuresSpec = defineRlsSpec({
  table: 'features',
  async seed(db) {
    const [retired] = await db
      .insert(features)
      .values({ key: `retired_${randomUUID().slice(0, 8)}`, name: 'Retired', isActive: false })
      .returning({ id: features.id });
    const [active] = await db
      .select({ id: features.id })
      .from(features)
      .where(eq(features.key, 'api_access'));
    return { active: active!.id, retired: retired!.id };
  },
  run: {
    select: async (tx: Tx, f) =>
      (
        await tx
          .select({ id: features.id })
          .from(features)
          .where(inArray(features.id, [f.active, f.retired]))
      ).length,
    insert: async (tx: Tx) =>
      (
        await tx
          .insert(features)
          .values({ key: `new_${randomUUID().slice(0, 8)}`, name: 'New' })
          .returning({ id: features.id })
      ).length,
    update: async (tx: Tx, f) =>
      (
        await tx
          .update(features)
          .set({ name: 'Renamed' })
          .where(eq(features.id, f.retired))
          .returning({ id: features.id })
      ).length,
    delete: async (tx: Tx, f) =>
      (await tx.delete(features).where(eq(features.id, f.retired)).returning({ id: features.id })).length,
  },
  expect: {
    anon: { select: 1, ...serviceWrites.anon },
    owner: { select: 1, ...serviceWrites.user },
    other: { select: 1, ...serviceWrites.user },
    admin: { select: 2, ...serviceWrites.user },
    service_role: { select: 2, ...serviceWrites.service_role },
  },
});

export const planFeaturesSpec = defineRlsSpec({
  table: 'plan_features',
  async seed(db) {
    const [hidden] = await db
      .insert(plans)
      .values({ code: `hidden-${randomUUID().slice(0, 8)}`, name: 'Hidden', isPublic: false })
      .returning({ id: plans.id });
    const [feature] = await db.select({ id: features.id }).from(features).where(eq(features.key, 'sso'));
    const [other] = await db.select({ id: features.id }).from(features).where(eq(features.key, 'webhooks'));
    await db.insert(planFeatures).values({ planId: hidden!.id, featureId: feature!.id });
    return {
      hiddenPlan: hidden!.id,
      publicPlan: await planId(db, 'business'),
      feature: feature!.id,
      other: other!.id,
    };
  },
  run: {
    // The same feature granted by a public plan (visible to all) and a hidden one (admin only).
    select: async (tx: Tx, f) =>
      (
        await tx
          .select({ planId: planFeatures.planId })
          .from(planFeatures)
          .where(
            and(
              eq(planFeatures.featureId, f.feature),
              inArray(planFeatures.planId, [f.hiddenPlan, f.publicPlan]),
            ),
          )
      ).length,
    insert: async (tx: Tx, f) =>
      (
        await tx
          .insert(planFeatures)
          .values({ planId: f.hiddenPlan, featureId: f.other })
          .returning({ planId: planFeatures.planId })
      ).length,
    update: async (tx: Tx, f) =>
      (
        await tx
          .update(planFeatures)
          .set({ updatedAt: new Date() })
          .where(eq(planFeatures.planId, f.hiddenPlan))
          .returning({ planId: planFeatures.planId })
      ).length,
    delete: async (tx: Tx, f) =>
      (
        await tx
          .delete(planFeatures)
          .where(eq(planFeatures.planId, f.hiddenPlan))
          .returning({ planId: planFeatures.planId })
      ).length,
  },
  expect: {
    anon: { select: 1, ...serviceWrites.anon },
    owner: { select: 1, ...serviceWrites.user },
    other: { select: 1, ...serviceWrites.user },
    admin: { select: 2, ...serviceWrites.user },
    service_role: { select: 2, ...serviceWrites.service_role },
  },
});

export const subscriptionsSpec = defineRlsSpec({
  table: 'subscriptions',
  async seed(db, { owner }) {
    const [row] = await db
      .insert(subscriptions)
      .values({ userId: owner.id, planId: await planId(db, 'pro'), status: 'active' })
      .returning({ id: subscriptions.id });
    return { id: row!.id };
  },
  run: {
    ...byId(subscriptions, { cancelAtPeriodEnd: true }),
    // A plugin subscription, so it does not collide with the owner's one live plan subscription.
    insert: async (tx: Tx, _f, { owner }) =>
      (
        await tx
          .insert(subscriptions)
          .values({ userId: owner.id, pluginId: 'miyabi-operations-free' })
          .returning({ id: subscriptions.id })
      ).length,
  },
  expect: perUserExpectations,
});

export const transactionsSpec = defineRlsSpec({
  table: 'transactions',
  async seed(db, { owner }) {
    const [row] = await db
      .insert(transactions)
      .values({ userId: owner.id, amount: 2900, status: 'succeeded' })
      .returning({ id: transactions.id });
    return { id: row!.id };
  },
  run: {
    ...byId(transactions, { status: 'refunded' }),
    insert: async (tx: Tx, _f, { owner }) =>
      (
        await tx
          .insert(transactions)
          .values({ userId: owner.id, amount: 100 })
          .returning({ id: transactions.id })
      ).length,
  },
  expect: perUserExpectations,
});

export const invoicesSpec = defineRlsSpec({
  table: 'invoices',
  async seed(db, { owner }) {
    const [row] = await db
      .insert(invoices)
      .values({ userId: owner.id, number: `RLS-${randomUUID()}`, subtotal: 2900, total: 2900 })
      .returning({ id: invoices.id });
    return { id: row!.id };
  },
  run: {
    ...byId(invoices, { status: 'void' }),
    insert: async (tx: Tx, _f, { owner }) =>
      (
        await tx
          .insert(invoices)
          .values({ userId: owner.id, number: `RLS-${randomUUID()}` })
          .returning({ id: invoices.id })
      ).length,
  },
  expect: perUserExpectations,
});

type CounterKey = { userId: string; windowStart: Date };

export const usageCountersSpec = defineRlsSpec({
  table: 'usage_counters',
  async seed(db, { owner }) {
    const windowStart = new Date('2026-01-01T00:00:00Z');
    await db.insert(usageCounters).values({
      userId: owner.id,
      metric: 'messages',
      count: 5,
      windowStart,
      windowEnd: new Date('2026-01-02T00:00:00Z'),
    });
    return { userId: owner.id, windowStart };
  },
  run: {
    // The counter's key is (user, metric, window start).
    ...byRow(
      usageCounters,
      (f: CounterKey) =>
        and(
          eq(usageCounters.userId, f.userId),
          eq(usageCounters.metric, 'messages'),
          eq(usageCounters.windowStart, f.windowStart),
        ),
      { count: 0 },
    ),
    insert: async (tx: Tx, _f, { owner }) =>
      (
        await tx
          .insert(usageCounters)
          .values({
            userId: owner.id,
            metric: 'api_requests',
            count: 1,
            windowStart: new Date('2026-01-01T00:00:00Z'),
            windowEnd: new Date('2026-01-02T00:00:00Z'),
          })
          .returning({ count: usageCounters.count })
      ).length,
  },
  expect: perUserExpectations,
});

/** The billing tables' cells of the RLS matrix. */
export const specs = [
  plansSpec,
  featuresSpec,
  planFeaturesSpec,
  subscriptionsSpec,
  transactionsSpec,
  invoicesSpec,
  usageCountersSpec,
];
