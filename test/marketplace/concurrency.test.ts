/**
 * The marketplace's writes under concurrency. A race needs separate connections: on a server each
 * call gets its own client; PGlite has one connection, so there the calls run one after another
 * and only the outcome is checked (the test name says so).
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../../src/db.js';
import {
  incrementAgentExecution,
  incrementUsage,
  startPluginTrial,
} from '../../src/modules/marketplace/functions.js';
import { pluginReviews } from '../../src/modules/marketplace/plugin-reviews.js';
import { plugins } from '../../src/modules/marketplace/plugins.js';
import { withUser } from '../../src/with-user.js';
import {
  createTestDatabase,
  raceMode,
  sqlState,
  type TestDatabase,
  type TestDb,
} from '../support/database.js';
import { createUser } from '../support/fixtures.js';

let t: TestDatabase;
let clients: TestDb[];
beforeAll(async () => {
  t = await createTestDatabase();
  clients = Array.from({ length: 8 }, () => t.connect());
});
afterAll(() => t.close());

const client = (i: number) => clients[i % clients.length]!;

describe(`marketplace writes, ${raceMode()}`, () => {
  it('32 increment_usage calls on one new key count exactly 32', async () => {
    const user = await createUser(t.db);
    const key = { userId: user.id, pluginId: 'miyabi-operations-pro', period: '2026-05', metric: 'issues' };
    await Promise.all(Array.from({ length: 32 }, (_, i) => incrementUsage(client(i), key)));
    const [row] = await rows<{ count: string }>(
      t.db,
      sql`select count from usage_aggregates where user_id = ${user.id} and period = '2026-05' and metric = 'issues'`,
    );
    expect(Number(row!.count)).toBe(32);
  });

  it('32 increment_usage calls on an existing row lose no update', async () => {
    const user = await createUser(t.db);
    const key = { userId: user.id, pluginId: 'miyabi-operations-pro', period: '2026-06', metric: 'issues' };
    await incrementUsage(t.db, { ...key, increment: 100 });
    await Promise.all(Array.from({ length: 32 }, (_, i) => incrementUsage(client(i), key)));
    const [row] = await rows<{ count: string }>(
      t.db,
      sql`select count from usage_aggregates where user_id = ${user.id} and period = '2026-06'`,
    );
    expect(Number(row!.count)).toBe(132);
  });

  it('32 increment_agent_execution calls on one new key count exactly 32, in the count and the agent entry', async () => {
    const user = await createUser(t.db);
    const key = {
      userId: user.id,
      pluginId: 'miyabi-operations-pro',
      period: '2026-07',
      agentName: 'coordinator',
    };
    const returned = await Promise.all(
      Array.from({ length: 32 }, (_, i) => incrementAgentExecution(client(i), key)),
    );
    const [row] = await rows<{ count: string; agent_executions: Record<string, number> }>(
      t.db,
      sql`select count, agent_executions from usage_aggregates
          where user_id = ${user.id} and period = '2026-07' and metric = 'agent_executions'`,
    );
    expect(Number(row!.count)).toBe(32);
    expect(row!.agent_executions).toEqual({ coordinator: 32 });
    // Each call saw its own increment: the returned counts are 1..32, once each.
    expect(returned.sort((a, b) => a - b)).toEqual(Array.from({ length: 32 }, (_, i) => i + 1));
  });

  it('20 trial starts for one user and plugin make one trial; the others are refused', async () => {
    const user = await createUser(t.db);
    const results = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        startPluginTrial(client(i), { userId: user.id, pluginId: 'miyabi-operations-pro' }),
      ),
    );
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    for (const r of results.filter((r) => r.status === 'rejected')) {
      expect(sqlState((r as PromiseRejectedResult).reason)).toBe('23505');
    }
    const [row] = await rows<{ n: number }>(
      t.db,
      sql`select count(*)::int as n from trials where user_id = ${user.id}`,
    );
    expect(row!.n).toBe(1);
  });

  it('20 users reviewing one plugin at once leave its rating equal to the average of the reviews', async () => {
    const id = `rated-${crypto.randomUUID().slice(0, 8)}`;
    await t.db.insert(plugins).values({ id, displayName: 'Rated', status: 'published' });
    const users = await Promise.all(Array.from({ length: 20 }, () => createUser(t.db)));
    const ratings = users.map((_, i) => (i % 5) + 1);
    await Promise.all(
      users.map((user, i) =>
        withUser(client(i), { sub: user.id }, (tx) =>
          tx.insert(pluginReviews).values({ pluginId: id, userId: user.id, rating: ratings[i]! }),
        ),
      ),
    );
    const [row] = await rows<{ rating: string; review_count: number; average: string }>(
      t.db,
      sql`select p.rating, p.review_count, round(avg(r.rating), 2) as average
          from plugins p join plugin_reviews r on r.plugin_id = p.id where p.id = ${id} group by p.id`,
    );
    expect(row!.review_count).toBe(20);
    expect(Number(row!.rating)).toBe(Number(row!.average));
    expect(Number(row!.rating)).toBe(3);
  });
});
