import { asc, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../../src/db.js';
import { catalogPlanCodes } from '../../src/modules/billing/constants.js';
import { plans } from '../../src/modules/billing/plans.js';
import { seed } from '../../src/seed/index.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.close());

/** Every row of the seeded catalogue tables, with all columns, in a stable order. */
const catalogue = (db: TestDatabase['db']) =>
  Promise.all([
    rows(db, sql`select * from public.plans order by code`),
    rows(db, sql`select * from public.features order by key`),
    rows(db, sql`select * from public.plan_features order by plan_id, feature_id`),
  ]);

describe('billing seed', () => {
  it('has a plan for every plan and tier name the seeds use (001, 003, 004)', async () => {
    const codes = (await t.db.select({ code: plans.code }).from(plans)).map((p) => p.code);
    for (const code of [
      'free',
      'basic',
      'pro',
      'starter',
      'professional',
      'enterprise',
      'hobby',
      'business',
    ]) {
      expect(codes).toContain(code);
    }
    expect(new Set(codes).size).toBe(codes.length);
    expect([...catalogPlanCodes].sort()).toEqual([...codes].sort());
  });

  it('gives every plan its limits, growing with the price; enterprise is unlimited', async () => {
    const all = await t.db.select().from(plans).orderBy(asc(plans.sortOrder));
    for (const plan of all.filter((p) => p.code !== 'enterprise')) {
      expect(plan.messagesPerDay, plan.code).toBeGreaterThan(0);
      expect(plan.storageBytes, plan.code).toBeGreaterThan(0);
      expect(plan.maxAgents, plan.code).toBeGreaterThan(0);
      expect(plan.maxInstances, plan.code).toBeGreaterThan(0);
      expect(plan.apiRequestsPerDay, plan.code).toBeGreaterThan(0);
      expect(plan.backupRetentionDays, plan.code).toBeGreaterThan(0);
    }
    const prices = all.map((p) => p.price);
    expect(prices).toEqual([...prices].sort((a, b) => a - b));
    const enterprise = all.find((p) => p.code === 'enterprise')!;
    expect(enterprise).toMatchObject({ messagesPerDay: null, storageBytes: null, databaseTier: 'dedicated' });
    expect(all.find((p) => p.code === 'business')?.databaseTier).toBe('dedicated');
    expect(all.find((p) => p.code === 'hobby')?.databaseTier).toBe('shared');
  });

  it('grants features to plans, more to the higher ones', async () => {
    const counts = await rows<{ code: string; n: number }>(
      t.db,
      sql`select p.code, count(pf.feature_id)::int as n from public.plans p
          left join public.plan_features pf on pf.plan_id = p.id group by p.code, p.sort_order order by p.sort_order`,
    );
    expect(counts[0]).toEqual({ code: 'free', n: 2 });
    expect(counts.at(-1)).toEqual({ code: 'enterprise', n: 13 });
    const ns = counts.map((c) => c.n);
    expect(ns).toEqual([...ns].sort((a, b) => a - b));
  });

  it('changes nothing when run again (not even updated_at)', async () => {
    const before = await catalogue(t.db);
    await seed(t.db);
    await seed(t.db);
    expect(await catalogue(t.db)).toEqual(before);
  });
});
