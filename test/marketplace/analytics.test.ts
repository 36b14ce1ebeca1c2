/** Daily plugin analytics: `rollup_plugin_analytics(day)` recomputes a UTC day, idempotently. */
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { firstRow } from '../../src/db.js';
import { subscriptions } from '../../src/modules/billing/subscriptions.js';
import { incrementDownloads, rollupPluginAnalytics } from '../../src/modules/marketplace/functions.js';
import { pluginEvents } from '../../src/modules/marketplace/plugin-events.js';
import { plugins } from '../../src/modules/marketplace/plugins.js';
import { pluginAnalytics, recordPluginEvent } from '../../src/modules/marketplace/queries/analytics.js';
import { trials } from '../../src/modules/marketplace/trials.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { createUser } from '../support/fixtures.js';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.close());

const DAY = '2026-02-10';
const at = (iso: string) => new Date(iso);

async function newPlugin(id: string) {
  await t.db.insert(plugins).values({ id, displayName: id, status: 'published' });
  return id;
}

describe('rollup_plugin_analytics', () => {
  it('counts a UTC day from events, subscriptions and trials, and a second run leaves identical rows', async () => {
    const plugin = await newPlugin('analytics-counted');
    const [a, b, c, d] = await Promise.all([1, 2, 3, 4].map(() => createUser(t.db)));
    // Views and downloads: three views and two downloads that day; one view on each side of it.
    for (const occurredAt of ['2026-02-10T00:00:00Z', '2026-02-10T12:00:00Z', '2026-02-10T23:59:59Z']) {
      await recordPluginEvent(t.db, { pluginId: plugin, kind: 'view', occurredAt: at(occurredAt) });
    }
    await recordPluginEvent(t.db, { pluginId: plugin, kind: 'view', occurredAt: at('2026-02-09T23:59:59Z') });
    await recordPluginEvent(t.db, { pluginId: plugin, kind: 'view', occurredAt: at('2026-02-11T00:00:00Z') });
    for (const occurredAt of ['2026-02-10T03:00:00Z', '2026-02-10T04:00:00Z']) {
      await recordPluginEvent(t.db, { pluginId: plugin, kind: 'download', occurredAt: at(occurredAt) });
    }
    // Subscriptions: one new that day; live at the day's end: the new one, an older active one and
    // one cancelled later; one ended during the day does not count.
    await t.db.insert(subscriptions).values([
      { userId: a!.id, pluginId: plugin, createdAt: at('2026-02-10T10:00:00Z') },
      { userId: b!.id, pluginId: plugin, createdAt: at('2026-02-01T10:00:00Z') },
      {
        userId: c!.id,
        pluginId: plugin,
        status: 'cancelled',
        createdAt: at('2026-02-01T10:00:00Z'),
        endedAt: at('2026-02-10T12:00:00Z'),
      },
      {
        userId: d!.id,
        pluginId: plugin,
        status: 'cancelled',
        createdAt: at('2026-02-01T10:00:00Z'),
        endedAt: at('2026-02-12T12:00:00Z'),
      },
    ]);
    // Trials: one started that day; one started earlier and converted that day.
    await t.db.insert(trials).values([
      {
        userId: a!.id,
        pluginId: plugin,
        startedAt: at('2026-02-10T08:00:00Z'),
        endsAt: at('2026-02-24T08:00:00Z'),
      },
      {
        userId: b!.id,
        pluginId: plugin,
        startedAt: at('2026-02-03T08:00:00Z'),
        endsAt: at('2026-02-17T08:00:00Z'),
        status: 'converted',
        convertedAt: at('2026-02-10T09:00:00Z'),
      },
    ]);

    expect(await rollupPluginAnalytics(t.db, DAY)).toBeGreaterThan(0);
    const first = await pluginAnalytics(t.db, { pluginId: plugin, from: '2026-02-01', to: '2026-02-28' });
    expect(
      first.map((r) => [
        r.day,
        r.views,
        r.downloads,
        r.newSubscriptions,
        r.trialsStarted,
        r.trialsConverted,
        r.activeSubscriptions,
      ]),
    ).toEqual([[DAY, 3, 2, 1, 1, 1, 3]]);

    expect(await rollupPluginAnalytics(t.db, DAY)).toBe(0);
    expect(await pluginAnalytics(t.db, { pluginId: plugin, from: DAY, to: DAY })).toEqual(first);
  });

  it('drops the row of a plugin whose day has nothing left to count', async () => {
    const plugin = await newPlugin('analytics-emptied');
    await recordPluginEvent(t.db, { pluginId: plugin, kind: 'view', occurredAt: at('2026-03-05T10:00:00Z') });
    await rollupPluginAnalytics(t.db, '2026-03-05');
    expect(
      await pluginAnalytics(t.db, { pluginId: plugin, from: '2026-03-05', to: '2026-03-05' }),
    ).toHaveLength(1);
    await t.db.delete(pluginEvents).where(eq(pluginEvents.pluginId, plugin));
    expect(await rollupPluginAnalytics(t.db, '2026-03-05')).toBe(1);
    expect(await pluginAnalytics(t.db, { pluginId: plugin, from: '2026-03-05', to: '2026-03-05' })).toEqual(
      [],
    );
  });

  it("counts increment_downloads' downloads on the day they happen", async () => {
    const plugin = await newPlugin('analytics-downloaded');
    await incrementDownloads(t.db, plugin);
    await incrementDownloads(t.db, plugin);
    const day = (await firstRow<{ day: string }>(
      t.db,
      sql`select (now() at time zone 'UTC')::date::text as day`,
    ))!.day;
    await rollupPluginAnalytics(t.db, day);
    const [row] = await pluginAnalytics(t.db, { pluginId: plugin, from: day, to: day });
    expect(row?.downloads).toBe(2);
  });

  it('refuses a day that is not YYYY-MM-DD', async () => {
    await expect(rollupPluginAnalytics(t.db, '2026-02-30x')).rejects.toThrow(/YYYY-MM-DD/);
  });
});
