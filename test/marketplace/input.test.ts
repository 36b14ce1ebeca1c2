/** Bad input is refused by the validators and by the database, with a clear message, writing nothing. */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../../src/db.js';
import { periodPattern } from '../../src/modules/marketplace/constants.js';
import { usageEventInputSchema } from '../../src/modules/marketplace/inputs.js';
import { pluginReviews } from '../../src/modules/marketplace/plugin-reviews.js';
import { plugins } from '../../src/modules/marketplace/plugins.js';
import { usageAggregates, usageEvents } from '../../src/modules/marketplace/usage-events.js';
import {
  pluginInsertSchema,
  pluginReviewInsertSchema,
  usageAggregateInsertSchema,
} from '../../src/modules/marketplace/validation.js';
import { createTestDatabase, dbMessage, sqlState, type TestDatabase } from '../support/database.js';
import { createUser, type TestUser } from '../support/fixtures.js';

let t: TestDatabase;
let user: TestUser;
beforeAll(async () => {
  t = await createTestDatabase();
  user = await createUser(t.db);
});
afterAll(() => t.close());

const count = async (table: string) =>
  Number((await rows<{ n: string }>(t.db, sql.raw(`select count(*) as n from ${table}`)))[0]!.n);
const plugin = { id: 'bad-input-plugin', displayName: 'Bad input' };

/** The validator's issue paths and messages. */
function issues(result: {
  success: boolean;
  error?: { issues: { path: PropertyKey[]; message: string }[] };
}) {
  expect(result.success).toBe(false);
  return result.error!.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

async function refusedByDatabase(
  write: () => Promise<unknown>,
  table: string,
  state: string,
  message: RegExp,
) {
  const before = await count(table);
  const error = await write().catch((e) => e);
  expect(sqlState(error)).toBe(state);
  expect(dbMessage(error)).toMatch(message);
  expect(await count(table)).toBe(before);
}

describe('bad marketplace input', () => {
  it('a rating of 6', async () => {
    expect(
      issues(
        pluginReviewInsertSchema.safeParse({ pluginId: 'miyabi-operations-pro', userId: user.id, rating: 6 }),
      ),
    ).toEqual(['rating: rating must be 1 to 5']);
    await refusedByDatabase(
      () =>
        t.db.insert(pluginReviews).values({ pluginId: 'miyabi-operations-pro', userId: user.id, rating: 6 }),
      'plugin_reviews',
      '23514',
      /plugin_reviews_rating_check/,
    );
  });

  it('a negative price', async () => {
    expect(issues(pluginInsertSchema.safeParse({ ...plugin, price: -1 }))[0]).toMatch(/^price: /);
    await refusedByDatabase(
      () => t.db.insert(plugins).values({ ...plugin, price: -1 }),
      'plugins',
      '23514',
      /plugins_price_check/,
    );
  });

  it('an unknown tier', async () => {
    expect(issues(pluginInsertSchema.safeParse({ ...plugin, tier: 'platinum' }))[0]).toMatch(/^tier: /);
    await refusedByDatabase(
      () =>
        t.db.execute(
          sql`insert into plugins (id, display_name, tier) values ('bad-input-plugin', 'x', 'platinum')`,
        ),
      'plugins',
      '22P02',
      /invalid input value for enum plugin_tier/,
    );
  });

  it('a plugin requiring itself', async () => {
    expect(issues(pluginInsertSchema.safeParse({ ...plugin, requiresPlugin: plugin.id }))).toEqual([
      'requiresPlugin: a plugin cannot require itself',
    ]);
    await refusedByDatabase(
      () => t.db.insert(plugins).values({ ...plugin, requiresPlugin: plugin.id }),
      'plugins',
      '23514',
      /plugin bad-input-plugin cannot require bad-input-plugin/,
    );
  });

  it('a requirement cycle', async () => {
    await t.db.insert(plugins).values([
      { id: 'cycle-a', displayName: 'A' },
      { id: 'cycle-b', displayName: 'B', requiresPlugin: 'cycle-a' },
    ]);
    const error = await t.db
      .execute(sql`update plugins set requires_plugin = 'cycle-b' where id = 'cycle-a'`)
      .catch((e) => e);
    expect(sqlState(error)).toBe('23514');
    expect(dbMessage(error)).toMatch(/cannot require cycle-b: the requirement chain would lead back to it/);
    const [a] = await rows(t.db, sql`select requires_plugin from plugins where id = 'cycle-a'`);
    expect(a!.requires_plugin).toBeNull();
  });

  it('a usage event for an unknown plugin', async () => {
    const event = { userId: user.id, pluginId: 'no-such-plugin', metric: 'issues', idempotencyKey: 'k1' };
    expect(usageEventInputSchema.safeParse(event).success).toBe(true); // the shape is fine; the plugin is not
    await refusedByDatabase(
      () => t.db.insert(usageEvents).values(event),
      'usage_events',
      '23503',
      /usage_events_plugin_id_plugins_id_fk/,
    );
    expect(issues(usageEventInputSchema.safeParse({ ...event, pluginId: 'Not A Slug!' }))[0]).toMatch(
      /^pluginId: plugin id must be a slug/,
    );
  });

  describe('a usage aggregate (its rules are domains)', () => {
    const aggregate = () => ({
      userId: user.id,
      pluginId: 'miyabi-operations-pro',
      period: '2026-07',
      metric: 'issues',
    });

    it('holds the period to the pattern the validators use', async () => {
      const [domain] = await rows<{ check: string }>(
        t.db,
        sql`select pg_get_constraintdef(oid) as check from pg_constraint where conname = 'usage_period_check'`,
      );
      expect(domain!.check).toBe(`CHECK ((VALUE ~ '${periodPattern}'::text))`);
    });

    it('a period that is not a calendar month', async () => {
      expect(issues(usageAggregateInsertSchema.safeParse({ ...aggregate(), period: '2026-13' }))).toEqual([
        'period: period must be YYYY-MM',
      ]);
      await refusedByDatabase(
        () => t.db.insert(usageAggregates).values({ ...aggregate(), period: '2026-13' }),
        'usage_aggregates',
        '23514',
        /value for domain usage_period violates check constraint "usage_period_check"/,
      );
    });

    it('a negative count', async () => {
      expect(issues(usageAggregateInsertSchema.safeParse({ ...aggregate(), count: -1 }))[0]).toMatch(
        /^count: /,
      );
      await refusedByDatabase(
        () => t.db.insert(usageAggregates).values({ ...aggregate(), count: -1 }),
        'usage_aggregates',
        '23514',
        /value for domain usage_count violates check constraint "usage_count_check"/,
      );
    });

    it('agent executions that are not an object', async () => {
      await refusedByDatabase(
        () =>
          t.db.execute(
            sql`insert into usage_aggregates (user_id, plugin_id, period, metric, agent_executions)
                values (${user.id}, 'miyabi-operations-pro', '2026-07', 'agent_executions', '[1]')`,
          ),
        'usage_aggregates',
        '23514',
        /value for domain agent_execution_counts violates check constraint "agent_execution_counts_check"/,
      );
    });
  });
});
