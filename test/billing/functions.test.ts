import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../../src/db.js';
import {
  checkUsageQuota,
  hasActiveSubscription,
  incrementUsageCounter,
} from '../../src/modules/billing/functions.js';
import { plans } from '../../src/modules/billing/plans.js';
import { subscriptions } from '../../src/modules/billing/subscriptions.js';
import { checkUserPermission } from '../../src/modules/entitlements/functions.js';
import { withUser } from '../../src/with-user.js';
import { createTestDatabase, dbMessage, raceMode, sqlState, type TestDatabase } from '../support/database.js';
import { createUser, type TestUser } from '../support/fixtures.js';

let t: TestDatabase;
let planIds: Record<string, string>;
beforeAll(async () => {
  t = await createTestDatabase();
  const all = await t.db.select({ id: plans.id, code: plans.code }).from(plans);
  planIds = Object.fromEntries(all.map((p) => [p.code, p.id]));
});
afterAll(() => t.close());

async function subscribe(
  user: TestUser,
  code: string,
  values: Partial<typeof subscriptions.$inferInsert> = {},
) {
  await t.db
    .insert(subscriptions)
    .values({ userId: user.id, planId: planIds[code]!, status: 'active', ...values });
}

const day = new Date('2026-03-01T00:00:00Z');

describe('has_active_subscription', () => {
  it('is true for an active plan subscription and false without one', async () => {
    const [a, b] = [await createUser(t.db), await createUser(t.db)];
    await subscribe(a, 'pro');
    expect(await hasActiveSubscription(t.db, a.id)).toBe(true);
    expect(await hasActiveSubscription(t.db, b.id)).toBe(false);
  });

  it('is false once a trial has ended, and for cancelled subscriptions', async () => {
    const [a, b] = [await createUser(t.db), await createUser(t.db)];
    await subscribe(a, 'pro', { status: 'trialing', trialEndsAt: new Date(Date.now() - 1000) });
    await subscribe(b, 'pro', { status: 'cancelled', cancelledAt: new Date() });
    expect(await hasActiveSubscription(t.db, a.id)).toBe(false);
    expect(await hasActiveSubscription(t.db, b.id)).toBe(false);
  });

  it('answers a signed-in user about themselves, refuses them about another user', async () => {
    const [a, b] = [await createUser(t.db), await createUser(t.db)];
    await subscribe(a, 'basic');
    expect(await withUser(t.db, { sub: a.id }, (tx) => hasActiveSubscription(tx, a.id))).toBe(true);
    const error = await withUser(t.db, { sub: b.id }, (tx) => hasActiveSubscription(tx, a.id)).catch(
      (e) => e,
    );
    expect(sqlState(error)).toBe('42501');
  });

  it('answers an admin about any user', async () => {
    const [a, admin] = [await createUser(t.db), await createUser(t.db, { role: 'admin' })];
    await subscribe(a, 'basic');
    expect(await withUser(t.db, { sub: admin.id }, (tx) => hasActiveSubscription(tx, a.id))).toBe(true);
  });

  it('is not callable by anon', async () => {
    const error = await withUser(t.db, {}, (tx) => hasActiveSubscription(tx, crypto.randomUUID())).catch(
      (e) => e,
    );
    expect(sqlState(error)).toBe('42501');
  });
});

describe('check_user_permission', () => {
  it('grants the features of the user’s plan and not others', async () => {
    const a = await createUser(t.db);
    await subscribe(a, 'pro');
    expect(await checkUserPermission(t.db, a.id, 'webhooks')).toBe(true);
    expect(await checkUserPermission(t.db, a.id, 'sso')).toBe(false);
  });

  it('falls back to the free plan without a subscription', async () => {
    const a = await createUser(t.db);
    expect(await checkUserPermission(t.db, a.id, 'agents')).toBe(true);
    expect(await checkUserPermission(t.db, a.id, 'api_access')).toBe(false);
  });

  it('grants everything to an admin', async () => {
    const admin = await createUser(t.db, { role: 'admin' });
    expect(await checkUserPermission(t.db, admin.id, 'sso')).toBe(true);
  });

  it('works for a signed-in user on a private plan they are subscribed to', async () => {
    const a = await createUser(t.db);
    const [hidden] = await t.db
      .insert(plans)
      .values({ code: 'custom-deal', name: 'Custom', isPublic: false })
      .returning({ id: plans.id });
    await t.db.execute(sql`insert into public.plan_features (plan_id, feature_id)
      select ${hidden!.id}, id from public.features where key = 'sso'`);
    await t.db.insert(subscriptions).values({ userId: a.id, planId: hidden!.id });
    expect(await withUser(t.db, { sub: a.id }, (tx) => checkUserPermission(tx, a.id, 'sso'))).toBe(true);
  });
});

describe('increment_usage_counter', () => {
  it('creates the counter for a window, then adds to it', async () => {
    const a = await createUser(t.db);
    expect(
      await incrementUsageCounter(t.db, { userId: a.id, metric: 'messages', amount: 1, windowStart: day }),
    ).toBe(1);
    expect(
      await incrementUsageCounter(t.db, { userId: a.id, metric: 'messages', amount: 5, windowStart: day }),
    ).toBe(6);
    const [row] = await rows<{ window_end: Date | string }>(
      t.db,
      sql`select window_end from public.usage_counters where user_id = ${a.id}`,
    );
    expect(new Date(row!.window_end).toISOString()).toBe('2026-03-02T00:00:00.000Z');
  });

  it('stamps updated_at with the time of each increment', async () => {
    const a = await createUser(t.db);
    const args = { userId: a.id, metric: 'messages', windowStart: day };
    await incrementUsageCounter(t.db, args); // creates it, in an earlier transaction
    const stamped = await t.db.transaction(async (tx) => {
      await incrementUsageCounter(tx, args);
      return rows(
        tx,
        sql`select updated_at = now() as stamped from public.usage_counters where user_id = ${a.id}`,
      );
    });
    expect(stamped).toEqual([{ stamped: true }]);
  });

  it('defaults to the current UTC day', async () => {
    const a = await createUser(t.db);
    await incrementUsageCounter(t.db, { userId: a.id, metric: 'api_requests' });
    const [row] = await rows<{ ok: boolean }>(
      t.db,
      sql`select window_start = date_trunc('day', now(), 'UTC') as ok from public.usage_counters where user_id = ${a.id}`,
    );
    expect(row?.ok).toBe(true);
  });

  it(`counts 32 increments on a new counter exactly (${raceMode()})`, async () => {
    const a = await createUser(t.db);
    const clients = Array.from({ length: 4 }, () => t.connect());
    await Promise.all(
      Array.from({ length: 32 }, (_, i) =>
        incrementUsageCounter(clients[i % 4]!, {
          userId: a.id,
          metric: 'messages',
          amount: 1,
          windowStart: day,
        }),
      ),
    );
    const [row] = await rows<{ count: number }>(
      t.db,
      sql`select count from public.usage_counters where user_id = ${a.id} and metric = 'messages'`,
    );
    expect(row?.count).toBe(32);
  });

  it(`loses no update among 32 increments of an existing counter (${raceMode()})`, async () => {
    const a = await createUser(t.db);
    const key = { userId: a.id, metric: 'messages', windowStart: day };
    await incrementUsageCounter(t.db, { ...key, amount: 100 });
    const clients = Array.from({ length: 8 }, () => t.connect());
    await Promise.all(Array.from({ length: 32 }, (_, i) => incrementUsageCounter(clients[i % 8]!, key)));
    const [row] = await rows<{ count: number }>(
      t.db,
      sql`select count from public.usage_counters where user_id = ${a.id} and metric = 'messages'`,
    );
    expect(row?.count).toBe(132);
  });

  it('is for the service role only, not for a signed-in user', async () => {
    const a = await createUser(t.db);
    const error = await withUser(t.db, { sub: a.id }, (tx) =>
      incrementUsageCounter(tx, { userId: a.id, metric: 'messages' }),
    ).catch((e) => e);
    expect(sqlState(error)).toBe('42501');
    // Refused by the function's grant (test/security/service-only.test.ts grants the tables too).
    expect(dbMessage(error)).toMatch(/permission denied for function increment_usage_counter/);
    expect(
      await withUser(t.db, { role: 'service_role' }, (tx) =>
        incrementUsageCounter(tx, { userId: a.id, metric: 'messages' }),
      ),
    ).toBe(1);
  });

  it('never goes below zero', async () => {
    const a = await createUser(t.db);
    await incrementUsageCounter(t.db, {
      userId: a.id,
      metric: 'storage_bytes',
      amount: 10,
      windowStart: day,
    });
    const error = await incrementUsageCounter(t.db, {
      userId: a.id,
      metric: 'storage_bytes',
      amount: -11,
      windowStart: day,
    }).catch((e) => e);
    expect(sqlState(error)).toBe('23514');
  });
});

describe('check_usage_quota', () => {
  it('compares the counter with the plan limit', async () => {
    const a = await createUser(t.db);
    await subscribe(a, 'hobby'); // 500 messages per day
    await incrementUsageCounter(t.db, { userId: a.id, metric: 'messages', amount: 499, windowStart: day });
    expect(
      await checkUsageQuota(t.db, { userId: a.id, metric: 'messages', amount: 1, windowStart: day }),
    ).toEqual({
      used: 499,
      quota: 500,
      remaining: 1,
      allowed: true,
    });
    expect(
      (await checkUsageQuota(t.db, { userId: a.id, metric: 'messages', amount: 2, windowStart: day }))
        .allowed,
    ).toBe(false);
  });

  it('uses the free plan without a subscription, and is unlimited on enterprise', async () => {
    const [a, b] = [await createUser(t.db), await createUser(t.db)];
    await subscribe(b, 'enterprise');
    expect(
      await checkUsageQuota(t.db, { userId: a.id, metric: 'messages', amount: 1, windowStart: day }),
    ).toMatchObject({
      quota: 100,
      allowed: true,
    });
    expect(
      await checkUsageQuota(t.db, { userId: b.id, metric: 'messages', amount: 1_000_000, windowStart: day }),
    ).toEqual({
      used: 0,
      quota: null,
      remaining: null,
      allowed: true,
    });
  });

  it('lets a user check their own quota but not another user’s', async () => {
    const [a, b] = [await createUser(t.db), await createUser(t.db)];
    expect(
      (await withUser(t.db, { sub: a.id }, (tx) => checkUsageQuota(tx, { userId: a.id, metric: 'messages' })))
        .quota,
    ).toBe(100);
    const error = await withUser(t.db, { sub: b.id }, (tx) =>
      checkUsageQuota(tx, { userId: a.id, metric: 'messages' }),
    ).catch((e) => e);
    expect(sqlState(error)).toBe('42501');
  });
});

describe('function wrappers', () => {
  it('raise when a function returns NULL instead of reading it as false', async () => {
    const own = await createTestDatabase();
    try {
      const user = await createUser(own.db);
      // A broken or replaced function: the wrapper must not turn its NULL into "no subscription".
      await own.db.execute(
        sql`create or replace function public.has_active_subscription(user_id uuid) returns boolean
            language sql set search_path = pg_catalog, pg_temp as 'select null::boolean'`,
      );
      await expect(hasActiveSubscription(own.db, user.id)).rejects.toThrow(
        'has_active_subscription returned null',
      );
    } finally {
      await own.close();
    }
  });
});
