import { and, eq, sql } from 'drizzle-orm';
import { type Database, excluded } from '../../../db.js';
import { type PaymentEvent, paymentEventSchema } from '../inputs.js';
import { type Transaction, transactions } from '../transactions.js';
import type { AppliedEvent } from './subscriptions.js';

/**
 * Records a payment from a provider webhook: an upsert keyed by (provider, provider_payment_id).
 * Idempotent: an event not newer than the last one applied to that payment changes nothing.
 * Bad input (negative amount, unknown status ...) fails with a ZodError naming the field.
 * Service role only.
 */
export async function applyPaymentEvent(
  db: Database,
  event: PaymentEvent,
): Promise<AppliedEvent<Transaction>> {
  const data = paymentEventSchema.parse(event);
  const [row] = await db
    .insert(transactions)
    .values({
      userId: data.userId,
      subscriptionId: data.subscriptionId ?? null,
      invoiceId: data.invoiceId ?? null,
      amount: data.amount,
      currency: data.currency,
      status: data.status,
      provider: data.provider,
      providerPaymentId: data.providerPaymentId,
      description: data.description ?? null,
      failureReason: data.failureReason ?? null,
      providerEventAt: data.occurredAt,
    })
    .onConflictDoUpdate({
      target: [transactions.provider, transactions.providerPaymentId],
      set: {
        amount: excluded(transactions.amount),
        currency: excluded(transactions.currency),
        status: excluded(transactions.status),
        subscriptionId: sql`coalesce(${excluded(transactions.subscriptionId)}, ${transactions.subscriptionId})`,
        invoiceId: sql`coalesce(${excluded(transactions.invoiceId)}, ${transactions.invoiceId})`,
        description: sql`coalesce(${excluded(transactions.description)}, ${transactions.description})`,
        failureReason: excluded(transactions.failureReason),
        providerEventAt: excluded(transactions.providerEventAt),
      },
      setWhere: sql`${transactions.providerEventAt} is null or ${transactions.providerEventAt} < ${excluded(transactions.providerEventAt)}`,
    })
    .returning();
  if (row) return { applied: true, row };
  const [current] = await db
    .select()
    .from(transactions)
    .where(
      and(
        eq(transactions.provider, data.provider),
        eq(transactions.providerPaymentId, data.providerPaymentId),
      ),
    );
  return { applied: false, row: current! };
}
