/** The marketplace's typed queries on a seeded database. */
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../../src/db.js';
import { PluginRequirementError } from '../../src/modules/marketplace/errors.js';
import { incrementAgentExecution, rollupUsageEvents } from '../../src/modules/marketplace/functions.js';
import { plugins } from '../../src/modules/marketplace/plugins.js';
import {
  browsePlugins,
  getPluginWithRequirements,
  subscribeToPlugin,
} from '../../src/modules/marketplace/queries/plugins.js';
import { upsertReview } from '../../src/modules/marketplace/queries/reviews.js';
import { recordUsageEvents, usageForPeriod } from '../../src/modules/marketplace/queries/usage.js';
import { withUser } from '../../src/with-user.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { createUser } from '../support/fixtures.js';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.close());

describe('browsePlugins', () => {
  it('pages through the published catalogue by downloads with a cursor, each plugin once', async () => {
    await t.db.insert(plugins).values(
      Array.from({ length: 7 }, (_, i) => ({
        id: `paged-${i}`,
        displayName: `Paged ${i}`,
        status: 'published' as const,
        downloads: i % 3,
      })),
    );
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await browsePlugins(t.db, { sort: 'downloads', limit: 4, ...(cursor ? { cursor } : {}) });
      seen.push(...page.plugins.map((p) => p.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toHaveLength(12);
    expect(new Set(seen).size).toBe(12);
  });

  it('filters by tier and tag, and searches text through search_plugins as anon', async () => {
    expect((await browsePlugins(t.db, { tier: 'enterprise' })).plugins.map((p) => p.id)).toEqual([
      'miyabi-operations-enterprise',
    ]);
    expect((await browsePlugins(t.db, { tag: 'security' })).plugins.map((p) => p.id)).toEqual([
      'miyabi-security-scanner',
    ]);
    const found = await withUser(t.db, {}, (tx) => browsePlugins(tx, { text: 'vulnerabilities' }));
    expect(found.plugins.map((p) => p.id)).toEqual(['miyabi-security-scanner']);
  });

  it('refuses a cursor it did not make', async () => {
    await expect(browsePlugins(t.db, { cursor: 'nonsense' })).rejects.toThrow(/invalid cursor/);
  });
});

describe('search_plugins', () => {
  // Three published plugins sharing a word and a tag, each first in one sort order, and a draft.
  beforeAll(async () => {
    const plugin = (
      id: string,
      downloads: number,
      rating: number,
      day: number,
      tier: 'free' | 'pro',
      category: string,
    ): typeof plugins.$inferInsert => ({
      id,
      displayName: id,
      description: 'zebrafish',
      tags: ['sorted'],
      tier,
      category,
      downloads,
      rating,
      createdAt: new Date(Date.UTC(2026, 0, day)),
      status: 'published',
    });
    await t.db
      .insert(plugins)
      .values([
        plugin('sorted-a', 30, 1, 1, 'free', 'security'),
        plugin('sorted-b', 20, 5, 2, 'pro', 'security'),
        plugin('sorted-c', 10, 3, 3, 'free', 'analytics'),
        { ...plugin('sorted-draft', 99, 5, 4, 'free', 'security'), status: 'draft' },
      ]);
  });
  const search = (args: ReturnType<typeof sql>) =>
    withUser(t.db, {}, async (tx) =>
      (await rows<{ id: string }>(tx, sql`select id from public.search_plugins(${args})`)).map((r) => r.id),
    );

  it('sorts the matches of a word by downloads, rating or newest, published plugins only', async () => {
    expect(await search(sql`search => 'zebrafish'`)).toEqual(['sorted-a', 'sorted-b', 'sorted-c']);
    expect(await search(sql`search => 'zebrafish', sort => 'rating'`)).toEqual([
      'sorted-b',
      'sorted-c',
      'sorted-a',
    ]);
    expect(await search(sql`search => 'zebrafish', sort => 'newest'`)).toEqual([
      'sorted-c',
      'sorted-b',
      'sorted-a',
    ]);
  });

  it('sorts the plugins of a tag by downloads, rating or newest', async () => {
    expect(await search(sql`tag => 'sorted'`)).toEqual(['sorted-a', 'sorted-b', 'sorted-c']);
    expect(await search(sql`tag => 'sorted', sort => 'rating'`)).toEqual([
      'sorted-b',
      'sorted-c',
      'sorted-a',
    ]);
    expect(await search(sql`tag => 'sorted', sort => 'newest'`)).toEqual([
      'sorted-c',
      'sorted-b',
      'sorted-a',
    ]);
  });

  it('narrows a word or a tag by tier, category, the other of the two and max_results', async () => {
    expect(await search(sql`search => 'zebrafish', tier => 'free'`)).toEqual(['sorted-a', 'sorted-c']);
    expect(await search(sql`tag => 'sorted', category => 'security', sort => 'newest'`)).toEqual([
      'sorted-b',
      'sorted-a',
    ]);
    expect(await search(sql`search => 'zebrafish', tag => 'other'`)).toEqual([]);
    expect(await search(sql`tag => 'sorted', sort => 'rating', max_results => 1`)).toEqual(['sorted-b']);
  });
});

describe('plugins with requirements', () => {
  it('returns the requirement chain, nearest first', async () => {
    const { requires } = await getPluginWithRequirements(t.db, 'miyabi-security-scanner');
    expect(requires.map((p) => p.id)).toEqual(['miyabi-operations-free']);
  });

  it('refuses a subscription without the required plugin, then accepts it once held', async () => {
    const user = await createUser(t.db);
    await expect(
      subscribeToPlugin(t.db, { userId: user.id, pluginId: 'miyabi-security-scanner' }),
    ).rejects.toThrow(PluginRequirementError);
    await subscribeToPlugin(t.db, { userId: user.id, pluginId: 'miyabi-operations-free' });
    const row = await subscribeToPlugin(t.db, { userId: user.id, pluginId: 'miyabi-security-scanner' });
    expect(row.pluginId).toBe('miyabi-security-scanner');
  });
});

describe('usage events', () => {
  it('a batch delivered twice counts once, and rolling a period up twice gives the same aggregates', async () => {
    const user = await createUser(t.db);
    const batch = Array.from({ length: 5 }, (_, i) => ({
      userId: user.id,
      pluginId: 'miyabi-operations-pro',
      metric: 'issues',
      quantity: i + 1,
      occurredAt: new Date('2026-04-10T12:00:00Z'),
      idempotencyKey: `delivery-${i}`,
    }));
    expect(await recordUsageEvents(t.db, batch)).toBe(5);
    expect(await recordUsageEvents(t.db, batch)).toBe(0);
    await rollupUsageEvents(t.db, '2026-04');
    const first = await usageForPeriod(t.db, { userId: user.id, period: '2026-04' });
    expect(first.map((a) => [a.pluginId, a.metric, a.count])).toEqual([
      ['miyabi-operations-pro', 'issues', 15],
    ]);
    await rollupUsageEvents(t.db, '2026-04');
    expect(await usageForPeriod(t.db, { userId: user.id, period: '2026-04' })).toEqual(first);
  });

  it('reads the aggregates of the usage domains as a string, a number and an object', async () => {
    const user = await createUser(t.db);
    const agent = { userId: user.id, pluginId: 'miyabi-operations-pro', period: '2026-05' };
    await incrementAgentExecution(t.db, { ...agent, agentName: 'coordinator' });
    await incrementAgentExecution(t.db, { ...agent, agentName: 'reviewer' });
    const [aggregate] = await usageForPeriod(t.db, { userId: user.id, period: '2026-05' });
    expect(aggregate).toMatchObject({
      period: '2026-05',
      metric: 'agent_executions',
      count: 2,
      agentExecutions: { coordinator: 1, reviewer: 1 },
    });
  });
});

describe('reviews', () => {
  it('creates then updates the one review of a user, and the rating follows', async () => {
    const user = await createUser(t.db);
    const review = { userId: user.id, pluginId: 'miyabi-workflow-templates', rating: 2 };
    await withUser(t.db, { sub: user.id }, (tx) => upsertReview(tx, review));
    await withUser(t.db, { sub: user.id }, (tx) => upsertReview(tx, { ...review, rating: 4 }));
    const [plugin] = await t.db.select().from(plugins).where(eq(plugins.id, 'miyabi-workflow-templates'));
    expect([plugin!.rating, plugin!.reviewCount]).toEqual([4, 1]);
  });
});
