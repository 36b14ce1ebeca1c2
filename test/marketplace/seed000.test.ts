/**
 * Seed 000's own SQL, copied as the document writes it, runs unchanged on a migrated, seeded
 * database (the suite's template is both).
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../../src/db.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { createUser } from '../support/fixtures.js';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.close());

const run = (text: string) => rows(t.db, sql.raw(text));

describe("seed 000's SQL after migrate --seed", () => {
  it('counts the five plugins', async () => {
    const [row] = await run('SELECT COUNT(*) FROM plugins;');
    expect(Number(row!.count)).toBe(5);
  });

  it('lists the plugins with their tiers and prices (cents)', async () => {
    const listed = await run('SELECT id, display_name, tier, price FROM plugins ORDER BY tier;');
    const byId = Object.fromEntries(listed.map((p) => [p.id, p.price]));
    expect(byId).toEqual({
      'miyabi-operations-free': 0,
      'miyabi-operations-pro': 2900,
      'miyabi-operations-enterprise': 500000,
      'miyabi-security-scanner': 4900,
      'miyabi-workflow-templates': 1900,
    });
    expect(listed.map((p) => p.tier)).toEqual(['free', 'pro', 'pro', 'pro', 'enterprise']);
  });

  it('seeds the admin user as an admin', async () => {
    const [admin] = await run("SELECT role FROM users WHERE email = 'admin@example.com';");
    expect(admin?.role).toBe('admin');
  });

  it('runs the four RPC calls as written, with a real user', async () => {
    const user = await createUser(t.db);
    const rpc = (text: string) => run(text.replace("'user-uuid'", `'${user.id}'`));
    await rpc(`SELECT increment_usage(
  'user-uuid'::uuid,
  'miyabi-operations-pro',
  '2025-10',
  'issues',
  1
);`);
    await rpc(`SELECT increment_agent_execution(
  'user-uuid'::uuid,
  'miyabi-operations-pro',
  '2025-10',
  'coordinator'
);`);
    await rpc(`SELECT increment_downloads('miyabi-operations-pro');`);
    await rpc(`SELECT update_plugin_rating('miyabi-operations-pro');`);
    const aggregates = await run(
      `SELECT metric, count, agent_executions FROM usage_aggregates WHERE user_id = '${user.id}' ORDER BY metric`,
    );
    expect(aggregates).toEqual([
      { metric: 'agent_executions', count: expect.anything(), agent_executions: { coordinator: 1 } },
      { metric: 'issues', count: expect.anything(), agent_executions: {} },
    ]);
    expect(aggregates.map((a) => Number(a.count))).toEqual([1, 1]);
    const [plugin] = await run("SELECT downloads, rating FROM plugins WHERE id = 'miyabi-operations-pro'");
    expect(plugin).toEqual({ downloads: 1, rating: expect.anything() });
    expect(Number(plugin!.rating)).toBe(0);
  });

  it('answers the migration-status query from logs', async () => {
    const logged = await run(
      "SELECT * FROM logs WHERE message LIKE 'Migration%' ORDER BY created_at DESC LIMIT 5;",
    );
    expect(logged.length).toBeGreaterThan(0);
    expect(String(logged[0]!.message)).toMatch(/^Migration/);
  });

  it('runs the EXPLAIN ANALYZE query and finds the pro plugins by downloads', async () => {
    const plan = await run(`EXPLAIN ANALYZE
SELECT * FROM plugins WHERE tier = 'pro' ORDER BY downloads DESC LIMIT 10;`);
    expect(plan.length).toBeGreaterThan(0);
    const pro = await run("SELECT * FROM plugins WHERE tier = 'pro' ORDER BY downloads DESC LIMIT 10;");
    expect(pro).toHaveLength(3);
  });
});
