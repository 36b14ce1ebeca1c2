import { and, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../../../db.js';
import {
  type CreateInvoiceInput,
  createInvoiceInputSchema,
  type PayInvoiceInput,
  payInvoiceInputSchema,
} from '../inputs.js';
import { type Invoice, invoices } from '../invoices.js';
import { type Transaction, transactions } from '../transactions.js';

/**
 * Creates an `open` invoice from its line items: subtotal = sum of the lines, total = subtotal +
 * tax (the database checks both the arithmetic and the non-negative amounts). Service role only.
 */
export async function createInvoice(db: Database, input: CreateInvoiceInput): Promise<Invoice> {
  const data = createInvoiceInputSchema.parse(input);
  const subtotal = data.lineItems.reduce((sum, item) => sum + item.amount, 0);
  const [created] = await db
    .insert(invoices)
    .values({
      userId: data.userId,
      subscriptionId: data.subscriptionId ?? null,
      number: data.number,
      status: 'open',
      currency: data.currency,
      subtotal,
      tax: data.tax,
      total: subtotal + data.tax,
      lineItems: data.lineItems,
      periodStart: data.periodStart ?? null,
      periodEnd: data.periodEnd ?? null,
      dueAt: data.dueAt ?? null,
      provider: data.provider ?? null,
      providerInvoiceId: data.providerInvoiceId ?? null,
    })
    .returning();
  return created!;
}

/**
 * Marks an `open` invoice paid and records its payment (a `succeeded` transaction of the total,
 * when the total is not zero), in one transaction. Paying a paid invoice again changes nothing
 * and returns it with the payment recorded the first time.
 */
export async function payInvoice(
  db: Database,
  input: PayInvoiceInput,
): Promise<{ invoice: Invoice; transaction: Transaction | null }> {
  const data = payInvoiceInputSchema.parse(input);
  return db.transaction(async (tx) => {
    const [paid] = await tx
      .update(invoices)
      .set({ status: 'paid', paidAt: data.paidAt ?? sql`now()` })
      .where(and(eq(invoices.id, data.invoiceId), eq(invoices.status, 'open')))
      .returning();
    if (!paid) {
      const [invoice] = await tx.select().from(invoices).where(eq(invoices.id, data.invoiceId));
      if (!invoice) {
        throw new z.ZodError([
          { code: 'custom', path: ['invoiceId'], message: 'unknown invoice', input: data.invoiceId },
        ]);
      }
      if (invoice.status !== 'paid')
        throw new Error(`invoice ${invoice.number} is ${invoice.status}, not open`);
      const [transaction] = await tx
        .select()
        .from(transactions)
        .where(eq(transactions.invoiceId, invoice.id));
      return { invoice, transaction: transaction ?? null };
    }
    if (paid.total === 0) return { invoice: paid, transaction: null };
    const [transaction] = await tx
      .insert(transactions)
      .values({
        userId: paid.userId,
        subscriptionId: paid.subscriptionId,
        invoiceId: paid.id,
        amount: paid.total,
        currency: paid.currency,
        status: 'succeeded',
        provider: data.provider,
        providerPaymentId: data.providerPaymentId ?? null,
        description: `Invoice ${paid.number}`,
      })
      .returning();
    return { invoice: paid, transaction: transaction! };
  });
}
