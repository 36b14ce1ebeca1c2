/** Plugin trials: converting one (linking or creating the subscription) and expiring ended ones. */
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subscriptions } from '../../src/modules/billing/subscriptions.js';
import { TrialNotFoundError, TrialStateError } from '../../src/modules/marketplace/errors.js';
import { startPluginTrial } from '../../src/modules/marketplace/functions.js';
import { subscribeToPlugin } from '../../src/modules/marketplace/queries/plugins.js';
import { convertTrial, expireTrials } from '../../src/modules/marketplace/queries/trials.js';
import { trials } from '../../src/modules/marketplace/trials.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { createUser } from '../support/fixtures.js';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.close());

const PRO = 'miyabi-operations-pro';

/** Moves a trial's period into the past, so it has ended. */
async function endTrial(id: string) {
  await t.db.execute(
    sql`update trials set started_at = now() - interval '15 days', ends_at = now() - interval '1 day' where id = ${id}`,
  );
}

const pluginSubscriptionsOf = (userId: string) =>
  t.db
    .select()
    .from(subscriptions)
    .where(and(eq(subscriptions.userId, userId), eq(subscriptions.pluginId, PRO)));

describe('convertTrial', () => {
  it('creates the plugin subscription, links it and marks the trial converted; a second conversion is refused', async () => {
    const user = await createUser(t.db);
    await startPluginTrial(t.db, { userId: user.id, pluginId: PRO });
    const { trial, subscription, subscriptionCreated } = await convertTrial(t.db, {
      userId: user.id,
      pluginId: PRO,
    });
    expect(subscriptionCreated).toBe(true);
    expect(trial.status).toBe('converted');
    expect(trial.convertedAt).toBeInstanceOf(Date);
    expect(trial.subscriptionId).toBe(subscription.id);
    expect(await pluginSubscriptionsOf(user.id)).toHaveLength(1);

    const again = convertTrial(t.db, { userId: user.id, pluginId: PRO });
    await expect(again).rejects.toThrow(TrialStateError);
    await expect(again).rejects.toThrow(/is converted: cannot convert/);
    expect(await pluginSubscriptionsOf(user.id)).toHaveLength(1);
  });

  it("links the user's existing live subscription instead of creating another", async () => {
    const user = await createUser(t.db);
    await startPluginTrial(t.db, { userId: user.id, pluginId: PRO });
    const existing = await subscribeToPlugin(t.db, { userId: user.id, pluginId: PRO });
    const converted = await convertTrial(t.db, { userId: user.id, pluginId: PRO });
    expect(converted.subscriptionCreated).toBe(false);
    expect(converted.trial.subscriptionId).toBe(existing.id);
    expect(await pluginSubscriptionsOf(user.id)).toHaveLength(1);
  });

  it('refuses a user without a trial, and an active trial past its end, writing nothing', async () => {
    const user = await createUser(t.db);
    await expect(convertTrial(t.db, { userId: user.id, pluginId: PRO })).rejects.toThrow(TrialNotFoundError);
    const started = await startPluginTrial(t.db, { userId: user.id, pluginId: PRO });
    await endTrial(started.id);
    await expect(convertTrial(t.db, { userId: user.id, pluginId: PRO })).rejects.toThrow(
      /is ended: cannot convert/,
    );
    const [trial] = await t.db.select().from(trials).where(eq(trials.id, started.id));
    expect([trial!.status, trial!.subscriptionId]).toEqual(['active', null]);
    expect(await pluginSubscriptionsOf(user.id)).toHaveLength(0);
  });
});

describe('expireTrials', () => {
  it('expires active trials that ended, once, leaving running and converted trials alone', async () => {
    const [ended, running, convertedUser] = [
      await createUser(t.db),
      await createUser(t.db),
      await createUser(t.db),
    ];
    const endedTrial = await startPluginTrial(t.db, { userId: ended.id, pluginId: PRO });
    await endTrial(endedTrial.id);
    const runningTrial = await startPluginTrial(t.db, { userId: running.id, pluginId: PRO });
    const convertedTrial = await startPluginTrial(t.db, { userId: convertedUser.id, pluginId: PRO });
    await convertTrial(t.db, { userId: convertedUser.id, pluginId: PRO });
    await endTrial(convertedTrial.id);

    const expired = await expireTrials(t.db);
    expect(expired.map((r) => r.id)).toContain(endedTrial.id);
    expect(expired.map((r) => r.id)).not.toContain(runningTrial.id);
    expect(expired.map((r) => r.id)).not.toContain(convertedTrial.id);
    expect(expired.every((r) => r.status === 'expired')).toBe(true);
    expect((await expireTrials(t.db)).map((r) => r.id)).not.toContain(endedTrial.id);

    const statuses = await t.db
      .select({ id: trials.id, status: trials.status })
      .from(trials)
      .where(sql`${trials.id} in (${endedTrial.id}, ${runningTrial.id}, ${convertedTrial.id})`);
    expect(Object.fromEntries(statuses.map((s) => [s.id, s.status]))).toEqual({
      [endedTrial.id]: 'expired',
      [runningTrial.id]: 'active',
      [convertedTrial.id]: 'converted',
    });
    await expect(convertTrial(t.db, { userId: ended.id, pluginId: PRO })).rejects.toThrow(
      /is expired: cannot convert/,
    );
  });
});
