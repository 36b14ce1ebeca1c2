import { and, countDistinct, desc, eq, gte, lt, sql } from 'drizzle-orm';
import type { Database } from '../../../db.js';
import { transactions } from '../transactions.js';

export type MonthlyRevenue = {
  /** First instant of the month (in the session's time zone, as `date_trunc` computes it). */
  month: Date;
  /** Succeeded payments in the month. */
  transactions: number;
  /** Sum of their amounts in cents. */
  revenueCents: number;
  /** The same in currency units (`revenue_usd` in the original report: cents / 100). */
  revenue: number;
  uniqueCustomers: number;
};

/**
 * The monthly revenue report (docs/billing.md) as a typed query: succeeded payments per month,
 * newest first. Like the original SQL it sums amounts regardless of currency; pass `currency` to
 * restrict.
 */
export async function monthlyRevenueReport(
  db: Database,
  options: { from?: Date; to?: Date; currency?: string } = {},
): Promise<MonthlyRevenue[]> {
  const month = sql<string>`date_trunc('month', ${transactions.createdAt})`;
  const found = await db
    .select({
      monthAt: sql<Date>`${month}`.mapWith(transactions.createdAt),
      transactions: sql<number>`count(*)::int`,
      revenueCents: sql<string>`sum(${transactions.amount})::bigint`,
      uniqueCustomers: countDistinct(transactions.userId),
    })
    .from(transactions)
    .where(
      and(
        eq(transactions.status, 'succeeded'),
        options.from ? gte(transactions.createdAt, options.from) : undefined,
        options.to ? lt(transactions.createdAt, options.to) : undefined,
        options.currency ? eq(transactions.currency, options.currency) : undefined,
      ),
    )
    .groupBy(month)
    .orderBy(desc(month));
  return found.map((r) => ({
    month: r.monthAt,
    transactions: Number(r.transactions),
    revenueCents: Number(r.revenueCents),
    revenue: Number(r.revenueCents) / 100,
    uniqueCustomers: Number(r.uniqueCustomers),
  }));
}
