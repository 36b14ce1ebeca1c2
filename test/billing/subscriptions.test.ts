import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { rows } from '../../src/db.js';
import { NoLiveSubscriptionError, SubscriptionConflictError } from '../../src/modules/billing/errors.js';
import { plans } from '../../src/modules/billing/plans.js';
import { getCurrentPlan } from '../../src/modules/billing/queries/plans.js';
import {
  applySubscriptionEvent,
  cancelAtPeriodEnd,
  changePlan,
  startSubscription,
  startTrial,
} from '../../src/modules/billing/queries/subscriptions.js';
import { subscriptions } from '../../src/modules/billing/subscriptions.js';
import { withUser } from '../../src/with-user.js';
import { createTestDatabase, raceMode, sqlState, type TestDatabase } from '../support/database.js';
import { createUser } from '../support/fixtures.js';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.close());

const zodPaths = (error: unknown) => (error as ZodError).issues.map((i) => i.path.join('.'));

describe('getCurrentPlan', () => {
  it('gives the free plan, its limits and features to a user without a subscription', async () => {
    const a = await createUser(t.db);
    const current = await getCurrentPlan(t.db, a.id);
    expect(current?.plan.code).toBe('free');
    expect(current?.subscription).toBeNull();
    expect(current?.limits).toMatchObject({ messagesPerDay: 100, maxAgents: 1, databaseTier: 'shared' });
    expect(current?.features).toEqual(['agents', 'file_storage']);
  });

  it('gives the subscribed plan, also to the signed-in user themselves', async () => {
    const a = await createUser(t.db);
    await startSubscription(t.db, { userId: a.id, planCode: 'business' });
    const current = await withUser(t.db, { sub: a.id }, (tx) => getCurrentPlan(tx, a.id));
    expect(current?.plan.code).toBe('business');
    expect(current?.limits.databaseTier).toBe('dedicated');
    expect(current?.features).toContain('sso');
    expect(current?.subscription?.userId).toBe(a.id);
  });
});

describe('startTrial, changePlan, cancelAtPeriodEnd', () => {
  it('starts a trial for the plan’s trial days', async () => {
    const a = await createUser(t.db);
    const trial = await startTrial(t.db, { userId: a.id, planCode: 'pro' });
    expect(trial.status).toBe('trialing');
    const days = (trial.trialEndsAt!.getTime() - trial.currentPeriodStart!.getTime()) / 86_400_000;
    expect(days).toBe(14);
    expect((await getCurrentPlan(t.db, a.id))?.plan.code).toBe('pro');
  });

  it('changes the plan of the live subscription', async () => {
    const a = await createUser(t.db);
    const started = await startSubscription(t.db, { userId: a.id, planCode: 'starter' });
    const changed = await changePlan(t.db, { userId: a.id, planCode: 'professional' });
    expect(changed.id).toBe(started.id);
    expect((await getCurrentPlan(t.db, a.id))?.plan.code).toBe('professional');
  });

  it('refuses to change the plan of a user without a live subscription', async () => {
    const a = await createUser(t.db);
    await expect(changePlan(t.db, { userId: a.id, planCode: 'pro' })).rejects.toBeInstanceOf(
      NoLiveSubscriptionError,
    );
  });

  it('cancels at period end once; asking again changes nothing', async () => {
    const a = await createUser(t.db);
    await startSubscription(t.db, { userId: a.id, planCode: 'basic' });
    const first = await cancelAtPeriodEnd(t.db, a.id);
    expect(first.cancelAtPeriodEnd).toBe(true);
    expect(first.cancelledAt).toBeInstanceOf(Date);
    expect(first.status).toBe('active');
    expect(await cancelAtPeriodEnd(t.db, a.id)).toEqual(first);
  });

  it('rejects an unknown plan in the validators, naming the field', async () => {
    const a = await createUser(t.db);
    const error = await startTrial(t.db, { userId: a.id, planCode: 'platinum' }).catch((e) => e);
    expect(error).toBeInstanceOf(ZodError);
    expect(zodPaths(error)).toEqual(['planCode']);
    expect(error.issues[0].message).toMatch(/unknown plan "platinum"/);
  });

  it('rejects an unknown plan in the database too (foreign key)', async () => {
    const a = await createUser(t.db);
    const error = await t.db
      .insert(subscriptions)
      .values({ userId: a.id, planId: crypto.randomUUID() })
      .catch((e) => e);
    expect(sqlState(error)).toBe('23503');
  });

  it('rejects a subscription to both a plan and a plugin, or to neither', async () => {
    const a = await createUser(t.db);
    const [free] = await t.db.select({ id: plans.id }).from(plans).where(eq(plans.code, 'free'));
    for (const values of [{ planId: free!.id, pluginId: 'x' }, {}]) {
      const error = await t.db
        .insert(subscriptions)
        .values({ userId: a.id, ...values })
        .catch((e) => e);
      expect(sqlState(error)).toBe('23514');
    }
  });
});

describe('one live plan subscription per user', () => {
  it('refuses a second live plan subscription with a clear error', async () => {
    const a = await createUser(t.db);
    await startSubscription(t.db, { userId: a.id, planCode: 'pro' });
    await expect(startTrial(t.db, { userId: a.id, planCode: 'business' })).rejects.toThrow(
      /already has a live plan subscription/,
    );
  });

  it('allows a new one once the old one is cancelled, and plugin subscriptions alongside', async () => {
    const a = await createUser(t.db);
    const old = await startSubscription(t.db, { userId: a.id, planCode: 'pro' });
    await t.db.insert(subscriptions).values({ userId: a.id, pluginId: 'miyabi-operations-free' });
    await t.db
      .update(subscriptions)
      .set({ status: 'cancelled', endedAt: new Date() })
      .where(eq(subscriptions.id, old.id));
    expect((await startSubscription(t.db, { userId: a.id, planCode: 'business' })).status).toBe('active');
  });

  it(`lets exactly one of 20 starts succeed; the rest fail with SubscriptionConflictError (${raceMode()})`, async () => {
    const a = await createUser(t.db);
    // Separate connections on a server (real concurrency); interleaved promises on one PGlite.
    const clients = Array.from({ length: 5 }, () => t.connect());
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        startSubscription(clients[i % clients.length]!, { userId: a.id, planCode: i % 2 ? 'pro' : 'basic' }),
      ),
    );
    const fulfilled = results.filter((r) => r.status === 'fulfilled');
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(fulfilled).toHaveLength(1);
    expect(rejected).toHaveLength(19);
    for (const r of rejected) expect(r.reason).toBeInstanceOf(SubscriptionConflictError);
    const [{ n } = { n: 0 }] = await rows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from public.subscriptions where user_id = ${a.id}`,
    );
    expect(n).toBe(1);
  });
});

describe('applySubscriptionEvent (provider webhooks)', () => {
  const event = (userId: string, overrides: Record<string, unknown> = {}) => ({
    provider: 'stripe' as const,
    providerSubscriptionId: `sub_${userId.slice(0, 8)}`,
    providerCustomerId: `cus_${userId.slice(0, 8)}`,
    occurredAt: new Date('2026-04-01T10:00:00Z'),
    userId,
    planCode: 'pro',
    status: 'active' as const,
    currentPeriodStart: new Date('2026-04-01T00:00:00Z'),
    currentPeriodEnd: new Date('2026-05-01T00:00:00Z'),
    ...overrides,
  });

  it('creates the subscription, and the same event delivered twice changes nothing', async () => {
    const a = await createUser(t.db);
    const first = await applySubscriptionEvent(t.db, event(a.id));
    expect(first.applied).toBe(true);
    const second = await applySubscriptionEvent(t.db, event(a.id));
    expect(second.applied).toBe(false);
    expect(second.row).toEqual(first.row);
  });

  it('applies a newer event and ignores an older one arriving late', async () => {
    const a = await createUser(t.db);
    await applySubscriptionEvent(t.db, event(a.id));
    const cancelled = await applySubscriptionEvent(
      t.db,
      event(a.id, { occurredAt: new Date('2026-04-10T00:00:00Z'), cancelAtPeriodEnd: true }),
    );
    expect(cancelled).toMatchObject({ applied: true, row: { cancelAtPeriodEnd: true } });
    const late = await applySubscriptionEvent(
      t.db,
      event(a.id, { occurredAt: new Date('2026-04-05T00:00:00Z'), planCode: 'basic' }),
    );
    expect(late.applied).toBe(false);
    expect(late.row).toEqual(cancelled.row);
  });

  it('links a trial started here instead of creating a second subscription', async () => {
    const a = await createUser(t.db);
    const trial = await startTrial(t.db, { userId: a.id, planCode: 'pro' });
    const applied = await applySubscriptionEvent(t.db, event(a.id));
    expect(applied.row.id).toBe(trial.id);
    expect(applied.row).toMatchObject({ status: 'active', provider: 'stripe' });
  });

  it('takes Stripe\'s spelling "canceled" as cancelled', async () => {
    const a = await createUser(t.db);
    await applySubscriptionEvent(t.db, event(a.id));
    const later = { occurredAt: new Date('2026-04-20T00:00:00Z'), status: 'canceled' as const };
    const cancelled = await applySubscriptionEvent(t.db, event(a.id, later));
    expect(cancelled).toMatchObject({ applied: true, row: { status: 'cancelled' } });
  });

  it('rejects an unknown status in the validators (field-level) and in the database', async () => {
    const a = await createUser(t.db);
    const error = await applySubscriptionEvent(t.db, event(a.id, { status: 'on_fire' })).catch((e) => e);
    expect(error).toBeInstanceOf(ZodError);
    expect(zodPaths(error)).toEqual(['status']);
    const dbError = await t.db
      .execute(sql`update public.subscriptions set status = 'on_fire' where user_id = ${a.id}`)
      .catch((e) => e);
    expect(sqlState(dbError)).toBe('22P02');
  });
});
