/** Billing webhooks through webhook_events: a redelivered event id is handled once. */
import { randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { subscriptions } from '../../src/modules/billing/subscriptions.js';
import { transactions } from '../../src/modules/billing/transactions.js';
import {
  applyPaymentWebhook,
  applySubscriptionWebhook,
  processWebhookEvent,
  recordWebhookEvent,
} from '../../src/modules/marketplace/queries/webhooks.js';
import { webhookEvents } from '../../src/modules/marketplace/webhook-events.js';
import { createTestDatabase, raceMode, type TestDatabase } from '../support/database.js';
import { createUser } from '../support/fixtures.js';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.close());

const delivery = (type: string) => ({ eventId: `evt_${randomUUID()}`, type, payload: { id: 'x' } });
const eventRow = async (eventId: string) =>
  t.db
    .select()
    .from(webhookEvents)
    .where(and(eq(webhookEvents.provider, 'stripe'), eq(webhookEvents.eventId, eventId)));

describe('billing webhooks', () => {
  it('a redelivered subscription event is recorded once, applied once, and reported as a duplicate', async () => {
    const user = await createUser(t.db);
    const webhook = delivery('customer.subscription.created');
    const event = {
      provider: 'stripe' as const,
      providerSubscriptionId: `sub_${randomUUID()}`,
      occurredAt: new Date('2026-05-01T10:00:00Z'),
      userId: user.id,
      planCode: 'pro',
      status: 'active' as const,
    };
    const first = await applySubscriptionWebhook(t.db, webhook, event);
    expect(first.status).toBe('processed');
    const [applied] = await t.db.select().from(subscriptions).where(eq(subscriptions.userId, user.id));

    // The provider redelivers the same event id, even with a later timestamp: it is not applied again.
    const again = await applySubscriptionWebhook(t.db, webhook, {
      ...event,
      status: 'past_due',
      occurredAt: new Date('2026-05-02T10:00:00Z'),
    });
    expect(again.status).toBe('duplicate');
    const rows = await t.db.select().from(subscriptions).where(eq(subscriptions.userId, user.id));
    expect(rows).toEqual([applied]);
    const recorded = await eventRow(webhook.eventId);
    expect(recorded).toHaveLength(1);
    expect(recorded[0]!.processedAt).toBeInstanceOf(Date);
    expect(recorded[0]!.error).toBeNull();
  });

  it('recordWebhookEvent stores an event id once and tells the redelivery apart', async () => {
    const webhook = { ...delivery('invoice.created'), provider: 'stripe' as const };
    const first = await recordWebhookEvent(t.db, webhook);
    const again = await recordWebhookEvent(t.db, { ...webhook, payload: { id: 'changed' } });
    expect([first.isNew, again.isNew]).toEqual([true, false]);
    expect(again.event).toEqual(first.event);
  });

  it('a redelivered payment event creates one transaction', async () => {
    const user = await createUser(t.db);
    const webhook = delivery('payment_intent.succeeded');
    const payment = {
      provider: 'stripe' as const,
      providerPaymentId: `pi_${randomUUID()}`,
      occurredAt: new Date('2026-05-01T10:00:00Z'),
      userId: user.id,
      amount: 2900,
      status: 'succeeded' as const,
    };
    expect((await applyPaymentWebhook(t.db, webhook, payment)).status).toBe('processed');
    expect((await applyPaymentWebhook(t.db, webhook, payment)).status).toBe('duplicate');
    expect(await t.db.select().from(transactions).where(eq(transactions.userId, user.id))).toHaveLength(1);
  });

  it('a failed handling is undone and recorded with its error; the redelivery retries it', async () => {
    const user = await createUser(t.db);
    const webhook = { ...delivery('payment_intent.succeeded'), provider: 'stripe' as const };
    const failing = processWebhookEvent(t.db, webhook, async (tx) => {
      await tx.insert(transactions).values({
        userId: user.id,
        amount: 100,
        status: 'succeeded',
        provider: 'stripe',
        providerPaymentId: `pi_${randomUUID()}`,
      });
      throw new Error('provider API timed out');
    });
    await expect(failing).rejects.toThrow('provider API timed out');
    expect(await t.db.select().from(transactions).where(eq(transactions.userId, user.id))).toHaveLength(0);
    const [failed] = await eventRow(webhook.eventId);
    expect([failed!.processedAt, failed!.error]).toEqual([null, 'provider API timed out']);

    const retried = await processWebhookEvent(t.db, webhook, async () => 'done');
    expect(retried).toMatchObject({ status: 'processed', result: 'done' });
    const [processed] = await eventRow(webhook.eventId);
    expect(processed!.processedAt).toBeInstanceOf(Date);
    expect(processed!.error).toBeNull();
  });

  it(`two deliveries of one event at once run the handler once (${raceMode()})`, async () => {
    const webhook = { ...delivery('invoice.paid'), provider: 'stripe' as const };
    let runs = 0;
    const handle = async () => {
      runs += 1;
      await new Promise((resolve) => setTimeout(resolve, 50));
      return runs;
    };
    const outcomes = await Promise.all([
      processWebhookEvent(t.connect(), webhook, handle),
      processWebhookEvent(t.connect(), webhook, handle),
    ]);
    expect(runs).toBe(1);
    expect(outcomes.map((o) => o.status).sort()).toEqual(['duplicate', 'processed']);
  });
});
