import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { checkUsageQuota, incrementUsageCounter } from '../../src/modules/billing/functions.js';
import { startSubscription } from '../../src/modules/billing/queries/subscriptions.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { createUser } from '../support/fixtures.js';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.close());

const windowStart = new Date('2026-05-01T00:00:00Z');

describe('incrementUsageCounter / checkUsageQuota input', () => {
  it('counts usage and reports it against the plan limit', async () => {
    const a = await createUser(t.db);
    await startSubscription(t.db, { userId: a.id, planCode: 'starter' }); // 2500 messages per day
    expect(
      await incrementUsageCounter(t.db, { userId: a.id, metric: 'messages', amount: 2000, windowStart }),
    ).toBe(2000);
    expect(
      await checkUsageQuota(t.db, { userId: a.id, metric: 'messages', amount: 500, windowStart }),
    ).toEqual({
      used: 2000,
      quota: 2500,
      remaining: 500,
      allowed: true,
    });
    expect(
      (await checkUsageQuota(t.db, { userId: a.id, metric: 'messages', amount: 501, windowStart })).allowed,
    ).toBe(false);
  });

  it('treats metrics without a plan limit as unlimited', async () => {
    const a = await createUser(t.db);
    await incrementUsageCounter(t.db, { userId: a.id, metric: 'agent_runs', windowStart });
    expect(await checkUsageQuota(t.db, { userId: a.id, metric: 'agent_runs', windowStart })).toMatchObject({
      used: 1,
      quota: null,
      allowed: true,
    });
  });

  it('rejects a malformed metric or user id, naming the field', async () => {
    const error = await incrementUsageCounter(t.db, { userId: 'nobody', metric: 'Bad Metric' }).catch(
      (e) => e,
    );
    expect(error).toBeInstanceOf(ZodError);
    expect((error as ZodError).issues.map((i) => i.path.join('.')).sort()).toEqual(['metric', 'userId']);
  });
});
