import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { rows } from '../../src/db.js';
import { invoices } from '../../src/modules/billing/invoices.js';
import { createInvoice, payInvoice } from '../../src/modules/billing/queries/invoices.js';
import { applyPaymentEvent } from '../../src/modules/billing/queries/payments.js';
import { monthlyRevenueReport } from '../../src/modules/billing/queries/revenue.js';
import { transactions } from '../../src/modules/billing/transactions.js';
import { insertInvoiceSchema, insertTransactionSchema, paymentEventSchema } from '../../src/validators.js';
import { createTestDatabase, sqlState, type TestDatabase } from '../support/database.js';
import { createUser, type TestUser } from '../support/fixtures.js';

let t: TestDatabase;
let alice: TestUser;
beforeAll(async () => {
  t = await createTestDatabase();
  alice = await createUser(t.db);
});
afterAll(() => t.close());

const zodPaths = (error: unknown) => (error as ZodError).issues.map((i) => i.path.join('.'));

const payment = (overrides: Record<string, unknown> = {}) => ({
  provider: 'stripe' as const,
  providerPaymentId: `pi_${crypto.randomUUID().slice(0, 12)}`,
  occurredAt: new Date('2026-04-01T10:00:00Z'),
  userId: alice.id,
  amount: 2900,
  status: 'succeeded' as const,
  ...overrides,
});

describe('applyPaymentEvent (provider webhooks)', () => {
  it('records a payment, and the same event delivered twice changes nothing', async () => {
    const event = payment();
    const first = await applyPaymentEvent(t.db, event);
    expect(first).toMatchObject({
      applied: true,
      row: { amount: 2900, status: 'succeeded', currency: 'USD' },
    });
    const second = await applyPaymentEvent(t.db, event);
    expect(second.applied).toBe(false);
    // What the query returns is the row the database holds, the only one for this payment.
    const stored = await t.db
      .select()
      .from(transactions)
      .where(eq(transactions.providerPaymentId, event.providerPaymentId));
    expect(stored).toEqual([first.row]);
    expect(second.row).toEqual(first.row);
    expect(stored[0]).toMatchObject({
      userId: alice.id,
      providerEventAt: event.occurredAt,
      provider: 'stripe',
    });
  });

  it('moves a payment from pending to succeeded to refunded as newer events arrive', async () => {
    const base = payment({ status: 'pending' });
    await applyPaymentEvent(t.db, base);
    await applyPaymentEvent(t.db, {
      ...base,
      status: 'succeeded',
      occurredAt: new Date('2026-04-01T10:01:00Z'),
    });
    const refunded = await applyPaymentEvent(t.db, {
      ...base,
      status: 'refunded',
      occurredAt: new Date('2026-04-02T00:00:00Z'),
    });
    expect(refunded.row.status).toBe('refunded');
    const stale = await applyPaymentEvent(t.db, {
      ...base,
      status: 'succeeded',
      occurredAt: new Date('2026-04-01T11:00:00Z'),
    });
    expect(stale).toMatchObject({ applied: false, row: { status: 'refunded' } });
    const [stored] = await t.db
      .select({ status: transactions.status, providerEventAt: transactions.providerEventAt })
      .from(transactions)
      .where(eq(transactions.providerPaymentId, base.providerPaymentId));
    expect(stored).toEqual({ status: 'refunded', providerEventAt: new Date('2026-04-02T00:00:00Z') });
  });

  it('rejects a negative amount in the validators (field-level) and in the database', async () => {
    const error = await applyPaymentEvent(t.db, payment({ amount: -500 })).catch((e) => e);
    expect(error).toBeInstanceOf(ZodError);
    expect(zodPaths(error)).toEqual(['amount']);
    const insertCheck = insertTransactionSchema.safeParse({ userId: alice.id, amount: -1 });
    expect(insertCheck.success).toBe(false);
    expect(zodPaths(insertCheck.error)).toEqual(['amount']);
    const dbError = await t.db
      .insert(transactions)
      .values({ userId: alice.id, amount: -500 })
      .catch((e) => e);
    expect(sqlState(dbError)).toBe('23514');
  });

  it('rejects an unknown status in the validators (field-level) and in the database', async () => {
    const result = paymentEventSchema.safeParse(payment({ status: 'paid-ish' }));
    expect(result.success).toBe(false);
    expect(zodPaths(result.error)).toEqual(['status']);
    const dbError = await t.db
      .execute(
        sql`insert into public.transactions (user_id, amount, status) values (${alice.id}, 100, 'paid-ish')`,
      )
      .catch((e) => e);
    expect(sqlState(dbError)).toBe('22P02');
  });

  it('rejects a currency that is not an ISO code, in both places', async () => {
    expect(zodPaths(paymentEventSchema.safeParse(payment({ currency: 'usd' })).error)).toEqual(['currency']);
    const dbError = await t.db
      .insert(transactions)
      .values({ userId: alice.id, amount: 1, currency: 'usd' })
      .catch((e) => e);
    expect(sqlState(dbError)).toBe('23514');
  });
});

describe('invoices', () => {
  const lines = [
    { description: 'Pro plan, April', quantity: 1, unitAmount: 2900, amount: 2900 },
    { description: 'Extra storage', quantity: 2, unitAmount: 500, amount: 1000 },
  ];

  it('creates an open invoice with totals from its line items', async () => {
    const invoice = await createInvoice(t.db, {
      userId: alice.id,
      number: 'INV-T-1',
      tax: 390,
      lineItems: lines,
    });
    expect(invoice).toMatchObject({ status: 'open', subtotal: 3900, tax: 390, total: 4290, paidAt: null });
    expect(invoice.lineItems).toEqual(lines);
  });

  it('pays an invoice once: status paid, paid_at, one succeeded transaction; paying again changes nothing', async () => {
    const invoice = await createInvoice(t.db, { userId: alice.id, number: 'INV-T-2', lineItems: lines });
    const first = await payInvoice(t.db, {
      invoiceId: invoice.id,
      provider: 'stripe',
      providerPaymentId: 'pi_inv_t_2',
    });
    expect(first.invoice).toMatchObject({ status: 'paid' });
    expect(first.invoice.paidAt).toBeInstanceOf(Date);
    expect(first.transaction).toMatchObject({ amount: 3900, status: 'succeeded', invoiceId: invoice.id });
    const again = await payInvoice(t.db, { invoiceId: invoice.id });
    expect(again).toEqual(first);
  });

  it('rejects line items whose amount is not quantity × unit amount, naming the field', async () => {
    const error = await createInvoice(t.db, {
      userId: alice.id,
      number: 'INV-T-3',
      lineItems: [{ description: 'x', quantity: 2, unitAmount: 100, amount: 150 }],
    }).catch((e) => e);
    expect(error).toBeInstanceOf(ZodError);
    expect(zodPaths(error)).toEqual(['lineItems.0.amount']);
  });

  it('rejects a total that is not subtotal + tax, and a paid invoice without paid_at, in both places', async () => {
    const bad = { userId: alice.id, number: 'INV-T-4', subtotal: 100, tax: 10, total: 100 };
    expect(zodPaths(insertInvoiceSchema.safeParse(bad).error)).toEqual(['total']);
    expect(
      sqlState(
        await t.db
          .insert(invoices)
          .values(bad)
          .catch((e) => e),
      ),
    ).toBe('23514');
    const unpaid = { userId: alice.id, number: 'INV-T-5', status: 'paid' as const };
    expect(zodPaths(insertInvoiceSchema.safeParse(unpaid).error)).toEqual(['paidAt']);
    expect(
      sqlState(
        await t.db
          .insert(invoices)
          .values(unpaid)
          .catch((e) => e),
      ),
    ).toBe('23514');
  });

  it('keeps invoice numbers unique', async () => {
    await createInvoice(t.db, { userId: alice.id, number: 'INV-T-6', lineItems: lines });
    const error = await createInvoice(t.db, { userId: alice.id, number: 'INV-T-6', lineItems: lines }).catch(
      (e) => e,
    );
    expect(sqlState(error)).toBe('23505');
  });
});

/** Seed 004's "Monthly revenue report" query, character for character. */
const SEED_004_MONTHLY_REVENUE = `SELECT
  DATE_TRUNC('month', created_at) as month,
  COUNT(*) as transactions,
  SUM(amount) / 100.0 as revenue_usd,
  COUNT(DISTINCT user_id) as unique_customers
FROM transactions
WHERE status = 'succeeded'
GROUP BY DATE_TRUNC('month', created_at)
ORDER BY month DESC;`;

describe('monthly revenue report', () => {
  it('runs seed 004’s SQL unchanged and agrees with the typed report', async () => {
    const bob = await createUser(t.db);
    const at = (iso: string) => new Date(iso);
    await t.db.insert(transactions).values([
      { userId: alice.id, amount: 1000, status: 'succeeded', createdAt: at('2025-01-05T12:00:00Z') },
      { userId: bob.id, amount: 2550, status: 'succeeded', createdAt: at('2025-01-20T12:00:00Z') },
      { userId: bob.id, amount: 999, status: 'failed', createdAt: at('2025-01-21T12:00:00Z') },
      { userId: alice.id, amount: 4900, status: 'succeeded', createdAt: at('2025-02-10T12:00:00Z') },
      { userId: alice.id, amount: 100, status: 'succeeded', createdAt: at('2025-02-11T12:00:00Z') },
    ]);
    const fromSeed = await rows<{
      month: unknown;
      transactions: unknown;
      revenue_usd: unknown;
      unique_customers: unknown;
    }>(t.db, sql.raw(SEED_004_MONTHLY_REVENUE));
    const typed = await monthlyRevenueReport(t.db);
    expect(fromSeed.length).toBe(typed.length);
    expect(
      fromSeed.map((r) => ({
        month: new Date(r.month as string).getTime(),
        transactions: Number(r.transactions),
        revenue: Number(r.revenue_usd),
        uniqueCustomers: Number(r.unique_customers),
      })),
    ).toEqual(
      typed.map((r) => ({
        month: r.month.getTime(),
        transactions: r.transactions,
        revenue: r.revenue,
        uniqueCustomers: r.uniqueCustomers,
      })),
    );
    const feb = await monthlyRevenueReport(t.db, {
      from: at('2025-02-01T00:00:00Z'),
      to: at('2025-03-01T00:00:00Z'),
    });
    expect(feb).toMatchObject([{ transactions: 2, revenueCents: 5000, revenue: 50, uniqueCustomers: 1 }]);
    const jan = typed.find((r) => r.month.toISOString().startsWith('2025-01'));
    expect(jan).toMatchObject({ transactions: 2, revenueCents: 3550, revenue: 35.5, uniqueCustomers: 2 });
  });
});
