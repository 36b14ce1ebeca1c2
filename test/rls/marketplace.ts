import { randomUUID } from 'node:crypto';
import { and, eq, inArray } from 'drizzle-orm';
import { licenses, revokedLicenses } from '../../src/modules/marketplace/licenses.js';
import { logs } from '../../src/modules/marketplace/logs.js';
import { notificationPreferences } from '../../src/modules/marketplace/notification-preferences.js';
import { pluginAnalyticsDaily } from '../../src/modules/marketplace/plugin-analytics-daily.js';
import { pluginEvents } from '../../src/modules/marketplace/plugin-events.js';
import { pluginReviews } from '../../src/modules/marketplace/plugin-reviews.js';
import { pluginSubmissions } from '../../src/modules/marketplace/plugin-submissions.js';
import { plugins } from '../../src/modules/marketplace/plugins.js';
import { trials } from '../../src/modules/marketplace/trials.js';
import { usageAggregates, usageEvents } from '../../src/modules/marketplace/usage-events.js';
import { webhookEvents } from '../../src/modules/marketplace/webhook-events.js';
import type { TestDb } from '../support/database.js';
import { byId, byRow, defineRlsSpec, perUserExpectations, serviceWrites, type Tx } from './matrix.js';

const FREE = 'miyabi-operations-free';
const PRO = 'miyabi-operations-pro';
const hash = () => randomUUID().replaceAll('-', '').padEnd(64, '0');

/** Admin-readable bookkeeping (logs, webhook events, revocations): admins read, the service role writes. */
const adminReadExpectations = {
  anon: { select: 'denied', ...serviceWrites.anon },
  owner: { select: 0, ...serviceWrites.user },
  other: { select: 0, ...serviceWrites.user },
  admin: { select: 1, ...serviceWrites.user },
  service_role: { select: 1, ...serviceWrites.service_role },
} as const;

export const pluginsSpec = defineRlsSpec({
  table: 'plugins',
  // The owner's published plugin and a draft of theirs (only admins and the service role see drafts).
  async seed(db, { owner }) {
    const id = `mine-${randomUUID().slice(0, 8)}`;
    const draft = `draft-${randomUUID().slice(0, 8)}`;
    await db.insert(plugins).values([
      { id, displayName: 'Mine', authorId: owner.id, status: 'published' },
      { id: draft, displayName: 'Draft', authorId: owner.id },
    ]);
    return { id, draft };
  },
  run: {
    ...byRow(plugins, (f: { id: string; draft: string }) => inArray(plugins.id, [f.id, f.draft]), {
      description: 'Edited',
    }),
    insert: async (tx: Tx, _f, { owner }) =>
      (
        await tx
          .insert(plugins)
          .values({ id: `new-${randomUUID().slice(0, 8)}`, displayName: 'New', authorId: owner.id })
          .returning({ id: plugins.id })
      ).length,
  },
  expect: {
    anon: { select: 1, insert: 'denied', update: 'denied', delete: 'denied' },
    owner: { select: 1, insert: 'denied', update: 1, delete: 0 },
    other: { select: 1, insert: 'denied', update: 0, delete: 0 },
    admin: { select: 2, insert: 1, update: 2, delete: 2 },
    service_role: { select: 2, insert: 1, update: 2, delete: 2 },
  },
});

async function seedLicense(db: TestDb, userId: string) {
  const [row] = await db
    .insert(licenses)
    .values({ userId, pluginId: FREE, keyPrefix: 'mkp_000000', keyHash: hash() })
    .returning({ id: licenses.id, keyHash: licenses.keyHash });
  return row!;
}

export const licensesSpec = defineRlsSpec({
  table: 'licenses',
  async seed(db, { owner }) {
    return { id: (await seedLicense(db, owner.id)).id };
  },
  run: {
    ...byId(licenses, { expiresAt: new Date('2099-01-01') }),
    insert: async (tx: Tx, _f, { owner }) =>
      (
        await tx
          .insert(licenses)
          .values({ userId: owner.id, pluginId: FREE, keyPrefix: 'mkp_111111', keyHash: hash() })
          .returning({ id: licenses.id })
      ).length,
  },
  expect: perUserExpectations,
});

export const revokedLicensesSpec = defineRlsSpec({
  table: 'revoked_licenses',
  async seed(db, { owner }) {
    const license = await seedLicense(db, owner.id);
    await db
      .insert(revokedLicenses)
      .values({ licenseId: license.id, keyHash: license.keyHash, reason: 'test' });
    return { id: license.id };
  },
  run: {
    ...byRow(revokedLicenses, (f: { id: string }) => eq(revokedLicenses.licenseId, f.id), {
      reason: 'changed',
    }),
    insert: async (tx: Tx, _f, { owner }) => {
      const [license] = await tx
        .insert(licenses)
        .values({ userId: owner.id, pluginId: FREE, keyPrefix: 'mkp_222222', keyHash: hash() })
        .returning();
      return (
        await tx
          .insert(revokedLicenses)
          .values({ licenseId: license.id, keyHash: license.keyHash, reason: 'test' })
          .returning({ id: revokedLicenses.licenseId })
      ).length;
    },
  },
  expect: {
    ...adminReadExpectations,
    // Inserting a revocation needs a license first, which only the service role may insert.
  },
});

export const trialsSpec = defineRlsSpec({
  table: 'trials',
  async seed(db, { owner }) {
    const [row] = await db
      .insert(trials)
      .values({ userId: owner.id, pluginId: FREE, endsAt: new Date(Date.now() + 86_400_000) })
      .returning({ id: trials.id });
    return { id: row!.id };
  },
  run: {
    ...byId(trials, { endsAt: new Date(Date.now() + 2 * 86_400_000) }),
    insert: async (tx: Tx, _f, { owner }) =>
      (
        await tx
          .insert(trials)
          .values({ userId: owner.id, pluginId: PRO, endsAt: new Date(Date.now() + 86_400_000) })
          .returning({ id: trials.id })
      ).length,
  },
  expect: perUserExpectations,
});

export const pluginSubmissionsSpec = defineRlsSpec({
  table: 'plugin_submissions',
  async seed(db, { owner }) {
    const [row] = await db
      .insert(pluginSubmissions)
      .values({
        submitterId: owner.id,
        pluginId: 'submitted-plugin',
        displayName: 'Submitted',
        version: '0.1.0',
      })
      .returning({ id: pluginSubmissions.id });
    return { id: row!.id };
  },
  run: {
    ...byId(pluginSubmissions, { status: 'in_review' }),
    insert: async (tx: Tx, _f, { owner }) =>
      (
        await tx
          .insert(pluginSubmissions)
          .values({
            submitterId: owner.id,
            pluginId: 'another-plugin',
            displayName: 'Another',
            version: '1.0.0',
          })
          .returning({ id: pluginSubmissions.id })
      ).length,
  },
  expect: {
    anon: { select: 'denied', insert: 'denied', update: 'denied', delete: 'denied' },
    owner: { select: 1, insert: 1, update: 0, delete: 'denied' },
    other: { select: 0, insert: 'denied', update: 0, delete: 'denied' },
    admin: { select: 1, insert: 'denied', update: 1, delete: 'denied' },
    service_role: { select: 1, insert: 1, update: 1, delete: 1 },
  },
});

export const pluginReviewsSpec = defineRlsSpec({
  table: 'plugin_reviews',
  async seed(db, { owner }) {
    const [row] = await db
      .insert(pluginReviews)
      .values({ pluginId: FREE, userId: owner.id, rating: 5, title: 'Great' })
      .returning({ id: pluginReviews.id });
    return { id: row!.id };
  },
  run: {
    ...byId(pluginReviews, { rating: 4 }),
    insert: async (tx: Tx, _f, { owner }) =>
      (
        await tx
          .insert(pluginReviews)
          .values({ pluginId: PRO, userId: owner.id, rating: 3 })
          .returning({ id: pluginReviews.id })
      ).length,
  },
  expect: {
    anon: { select: 1, insert: 'denied', update: 'denied', delete: 'denied' },
    owner: { select: 1, insert: 1, update: 1, delete: 1 },
    other: { select: 1, insert: 'denied', update: 0, delete: 0 },
    admin: { select: 1, insert: 'denied', update: 0, delete: 1 },
    service_role: { select: 1, insert: 1, update: 1, delete: 1 },
  },
});

export const usageEventsSpec = defineRlsSpec({
  table: 'usage_events',
  async seed(db, { owner }) {
    const [row] = await db
      .insert(usageEvents)
      .values({ userId: owner.id, pluginId: FREE, metric: 'issues', idempotencyKey: randomUUID() })
      .returning({ id: usageEvents.id });
    return { id: row!.id };
  },
  run: {
    ...byId(usageEvents, { quantity: 2 }),
    insert: async (tx: Tx, _f, { owner }) =>
      (
        await tx
          .insert(usageEvents)
          .values({ userId: owner.id, pluginId: FREE, metric: 'issues', idempotencyKey: randomUUID() })
          .returning({ id: usageEvents.id })
      ).length,
  },
  expect: perUserExpectations,
});

export const usageAggregatesSpec = defineRlsSpec({
  table: 'usage_aggregates',
  async seed(db, { owner }) {
    await db
      .insert(usageAggregates)
      .values({ userId: owner.id, pluginId: FREE, period: '2026-01', metric: 'issues', count: 3 });
    return { userId: owner.id };
  },
  run: {
    ...byRow(
      usageAggregates,
      (f: { userId: string }) =>
        and(eq(usageAggregates.userId, f.userId), eq(usageAggregates.period, '2026-01')),
      {
        count: 4,
      },
    ),
    insert: async (tx: Tx, _f, { owner }) =>
      (
        await tx
          .insert(usageAggregates)
          .values({ userId: owner.id, pluginId: FREE, period: '2026-02', metric: 'issues', count: 1 })
          .returning({ period: usageAggregates.period })
      ).length,
  },
  expect: perUserExpectations,
});

export const logsSpec = defineRlsSpec({
  table: 'logs',
  async seed(db) {
    const [row] = await db
      .insert(logs)
      .values({ message: `test ${randomUUID()}` })
      .returning({ id: logs.id });
    return { id: row!.id };
  },
  run: {
    ...byRow(logs, (f: { id: number }) => eq(logs.id, f.id), { message: 'changed' }),
    insert: async (tx: Tx) =>
      (await tx.insert(logs).values({ message: 'new' }).returning({ id: logs.id })).length,
  },
  expect: adminReadExpectations,
});

export const webhookEventsSpec = defineRlsSpec({
  table: 'webhook_events',
  async seed(db) {
    const [row] = await db
      .insert(webhookEvents)
      .values({ provider: 'stripe', eventId: `evt_${randomUUID()}`, type: 'invoice.paid', payload: {} })
      .returning({ id: webhookEvents.id });
    return { id: row!.id };
  },
  run: {
    ...byId(webhookEvents, { processedAt: new Date() }),
    insert: async (tx: Tx) =>
      (
        await tx
          .insert(webhookEvents)
          .values({ provider: 'stripe', eventId: `evt_${randomUUID()}`, type: 'invoice.paid', payload: {} })
          .returning({ id: webhookEvents.id })
      ).length,
  },
  expect: adminReadExpectations,
});

export const notificationPreferencesSpec = defineRlsSpec({
  table: 'notification_preferences',
  async seed(db, { owner }) {
    const [row] = await db
      .insert(notificationPreferences)
      .values({ userId: owner.id, channel: 'email', topic: 'plugin_updates', enabled: false })
      .returning({ id: notificationPreferences.id });
    return { id: row!.id };
  },
  run: {
    ...byRow(notificationPreferences, (f: { id: string }) => and(eq(notificationPreferences.id, f.id)), {
      enabled: true,
    }),
    insert: async (tx: Tx, _f, { owner }) =>
      (
        await tx
          .insert(notificationPreferences)
          .values({ userId: owner.id, channel: 'in_app', topic: 'billing' })
          .returning({ id: notificationPreferences.id })
      ).length,
  },
  expect: {
    anon: { select: 'denied', insert: 'denied', update: 'denied', delete: 'denied' },
    owner: { select: 1, insert: 1, update: 1, delete: 1 },
    other: { select: 0, insert: 'denied', update: 0, delete: 0 },
    admin: { select: 1, insert: 'denied', update: 0, delete: 0 },
    service_role: { select: 1, insert: 1, update: 1, delete: 1 },
  },
});

export const pluginEventsSpec = defineRlsSpec({
  table: 'plugin_events',
  async seed(db, { owner }) {
    const [row] = await db
      .insert(pluginEvents)
      .values({ pluginId: FREE, kind: 'view', userId: owner.id })
      .returning({ id: pluginEvents.id });
    return { id: row!.id };
  },
  run: {
    ...byRow(pluginEvents, (f: { id: number }) => eq(pluginEvents.id, f.id), { kind: 'download' }),
    insert: async (tx: Tx, _f, { owner }) =>
      (
        await tx
          .insert(pluginEvents)
          .values({ pluginId: FREE, kind: 'download', userId: owner.id })
          .returning({ id: pluginEvents.id })
      ).length,
  },
  expect: adminReadExpectations,
});

export const pluginAnalyticsDailySpec = defineRlsSpec({
  table: 'plugin_analytics_daily',
  // A day of the owner's own published plugin: its author reads it, another user does not.
  async seed(db, { owner }) {
    const pluginId = `stats-${randomUUID().slice(0, 8)}`;
    await db
      .insert(plugins)
      .values({ id: pluginId, displayName: 'Stats', authorId: owner.id, status: 'published' });
    await db.insert(pluginAnalyticsDaily).values({ pluginId, day: '2026-03-01', views: 3 });
    return { pluginId };
  },
  run: {
    ...byRow(
      pluginAnalyticsDaily,
      (f: { pluginId: string }) =>
        and(eq(pluginAnalyticsDaily.pluginId, f.pluginId), eq(pluginAnalyticsDaily.day, '2026-03-01')),
      { views: 4 },
    ),
    insert: async (tx: Tx, f: { pluginId: string }) =>
      (
        await tx
          .insert(pluginAnalyticsDaily)
          .values({ pluginId: f.pluginId, day: '2026-03-02', downloads: 1 })
          .returning({ day: pluginAnalyticsDaily.day })
      ).length,
  },
  expect: perUserExpectations,
});

export const specs = [
  pluginsSpec,
  licensesSpec,
  revokedLicensesSpec,
  trialsSpec,
  pluginSubmissionsSpec,
  pluginReviewsSpec,
  usageEventsSpec,
  usageAggregatesSpec,
  logsSpec,
  webhookEventsSpec,
  notificationPreferencesSpec,
  pluginEventsSpec,
  pluginAnalyticsDailySpec,
];
