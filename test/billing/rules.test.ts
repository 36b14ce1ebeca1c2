/**
 * The billing rules written once in TypeScript (constants.ts) and applied by SQL: these tests hold
 * the two together by behaviour, so changing one without the other fails here.
 */
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  activeSubscriptionStatuses,
  liveSubscriptionStatuses,
  subscriptionStatuses,
  usageMetricLimits,
} from '../../src/modules/billing/constants.js';
import { checkUsageQuota, hasActiveSubscription } from '../../src/modules/billing/functions.js';
import { plans } from '../../src/modules/billing/plans.js';
import { subscriptions } from '../../src/modules/billing/subscriptions.js';
import { createTestDatabase, sqlState, type TestDatabase } from '../support/database.js';
import { createUser } from '../support/fixtures.js';

let t: TestDatabase;
let proPlanId: string;
beforeAll(async () => {
  t = await createTestDatabase();
  proPlanId = (await t.db.select({ id: plans.id }).from(plans).where(eq(plans.code, 'pro')))[0]!.id;
});
afterAll(() => t.close());

describe('activeSubscriptionStatuses is what has_active_subscription grants', () => {
  it.each(subscriptionStatuses)('%s', async (status) => {
    const user = await createUser(t.db);
    await t.db.insert(subscriptions).values({ userId: user.id, planId: proPlanId, status });
    expect(await hasActiveSubscription(t.db, user.id)).toBe(
      (activeSubscriptionStatuses as readonly string[]).includes(status),
    );
  });
});

describe('liveSubscriptionStatuses is what holds the one live plan slot', () => {
  it.each(subscriptionStatuses)('%s', async (status) => {
    const user = await createUser(t.db);
    await t.db.insert(subscriptions).values({ userId: user.id, planId: proPlanId, status });
    const second = await t.db
      .insert(subscriptions)
      .values({ userId: user.id, planId: proPlanId, status: 'active' })
      .catch((e) => e);
    const live = (liveSubscriptionStatuses as readonly string[]).includes(status);
    expect(live ? sqlState(second) : 'inserted').toBe(live ? '23505' : 'inserted');
  });
});

describe('usageMetricLimits is what check_usage_quota compares with', () => {
  /** A plan whose every limit is a different number, so a metric read from the wrong column shows. */
  const distinctLimits = {
    messagesPerDay: 11,
    apiRequestsPerDay: 12,
    storageBytes: 13,
    maxAgents: 14,
    maxInstances: 15,
  } as const;

  it.each(Object.entries(usageMetricLimits))('%s is limited by plans.%s', async (metric, column) => {
    const [plan] = await t.db
      .insert(plans)
      .values({ code: `limits-${metric.replaceAll('_', '-')}`, name: 'Limits', ...distinctLimits })
      .returning();
    const user = await createUser(t.db);
    await t.db.insert(subscriptions).values({ userId: user.id, planId: plan!.id, status: 'active' });
    const property = Object.keys(distinctLimits).find(
      (key) => (plans[key as keyof typeof distinctLimits] as { name: string }).name === column,
    ) as keyof typeof distinctLimits;
    expect((await checkUsageQuota(t.db, { userId: user.id, metric })).quota).toBe(distinctLimits[property]);
  });

  it('leaves any other metric unlimited', async () => {
    const user = await createUser(t.db);
    expect((await checkUsageQuota(t.db, { userId: user.id, metric: 'agent_runs' })).quota).toBeNull();
  });
});
