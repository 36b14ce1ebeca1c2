import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '../../../db.js';
import type { PaymentEvent, SubscriptionEvent } from '../../billing/inputs.js';
import { applyPaymentEvent } from '../../billing/queries/payments.js';
import { type AppliedEvent, applySubscriptionEvent } from '../../billing/queries/subscriptions.js';
import type { Subscription } from '../../billing/subscriptions.js';
import type { Transaction } from '../../billing/transactions.js';
import { type BillingWebhookDelivery, type WebhookDelivery, webhookDeliverySchema } from '../inputs.js';
import { webhookEvents } from '../webhook-events.js';

export type WebhookEvent = typeof webhookEvents.$inferSelect;

export type WebhookOutcome<T> =
  /** First successful handling: `result` is the handler's. */
  | { status: 'processed'; event: WebhookEvent; result: T }
  /** The event id was already processed: the handler did not run. */
  | { status: 'duplicate'; event: WebhookEvent };

/**
 * Records a webhook in `webhook_events` once per (provider, event id) (service role). `isNew` is
 * false for a redelivery; the stored row (first payload, `processed_at`, `error`) is returned.
 */
export async function recordWebhookEvent(
  db: Database,
  delivery: WebhookDelivery,
): Promise<{ event: WebhookEvent; isNew: boolean }> {
  const d = webhookDeliverySchema.parse(delivery);
  const [inserted] = await db
    .insert(webhookEvents)
    .values(d)
    .onConflictDoNothing({ target: [webhookEvents.provider, webhookEvents.eventId] })
    .returning();
  if (inserted) return { event: inserted, isNew: true };
  const [existing] = await db
    .select()
    .from(webhookEvents)
    .where(and(eq(webhookEvents.provider, d.provider), eq(webhookEvents.eventId, d.eventId)));
  return { event: existing!, isNew: false };
}

/**
 * Handles a webhook at most once per (provider, event id) (service role). In one transaction it
 * records the delivery, locks its `webhook_events` row (a concurrent redelivery waits, then sees
 * it processed) and, unless it was processed already (`duplicate`: `handle` does not run), runs
 * `handle` in a savepoint and sets `processed_at`. When `handle` throws, its writes are undone,
 * the row keeps `processed_at` NULL and gets the `error`, that is committed, and the error is
 * rethrown: a redelivery retries. Call it on a database, not inside a transaction that may roll
 * back, or the recorded error goes with it.
 */
export async function processWebhookEvent<T>(
  db: Database,
  delivery: WebhookDelivery,
  handle: (tx: Database) => Promise<T>,
): Promise<WebhookOutcome<T>> {
  const d = webhookDeliverySchema.parse(delivery);
  const outcome = await db.transaction(async (tx) => {
    await tx
      .insert(webhookEvents)
      .values(d)
      .onConflictDoNothing({ target: [webhookEvents.provider, webhookEvents.eventId] });
    const [event] = await tx
      .select()
      .from(webhookEvents)
      .where(and(eq(webhookEvents.provider, d.provider), eq(webhookEvents.eventId, d.eventId)))
      .for('update');
    if (event!.processedAt) return { status: 'duplicate' as const, event: event! };
    try {
      const result = await tx.transaction((savepoint) => handle(savepoint));
      const [processed] = await tx
        .update(webhookEvents)
        .set({ processedAt: sql`now()`, error: null })
        .where(eq(webhookEvents.id, event!.id))
        .returning();
      return { status: 'processed' as const, event: processed!, result };
    } catch (error) {
      const message = String(
        (error as { cause?: Error }).cause?.message ?? (error as Error)?.message ?? error,
      );
      await tx
        .update(webhookEvents)
        .set({ error: message.slice(0, 10_000) })
        .where(eq(webhookEvents.id, event!.id));
      return { status: 'failed' as const, error };
    }
  });
  if (outcome.status === 'failed') throw outcome.error;
  return outcome;
}

/**
 * Billing's `applySubscriptionEvent` behind `processWebhookEvent`: a redelivered event id is a
 * `duplicate` and changes nothing (billing's own `provider_event_at` check still orders distinct
 * events). Service role.
 */
export function applySubscriptionWebhook(
  db: Database,
  delivery: BillingWebhookDelivery,
  event: SubscriptionEvent,
): Promise<WebhookOutcome<AppliedEvent<Subscription>>> {
  return processWebhookEvent(db, { ...delivery, provider: event.provider }, (tx) =>
    applySubscriptionEvent(tx, event),
  );
}

/** Billing's `applyPaymentEvent` behind `processWebhookEvent`, like `applySubscriptionWebhook`. */
export function applyPaymentWebhook(
  db: Database,
  delivery: BillingWebhookDelivery,
  event: PaymentEvent,
): Promise<WebhookOutcome<AppliedEvent<Transaction>>> {
  return processWebhookEvent(db, { ...delivery, provider: event.provider }, (tx) =>
    applyPaymentEvent(tx, event),
  );
}
