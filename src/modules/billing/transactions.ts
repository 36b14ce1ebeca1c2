import { relations, sql } from 'drizzle-orm';
import { check, index, integer, jsonb, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { defineTable, perUser } from '../../shared/access.js';
import { timestamps } from '../../shared/columns.js';
import { users } from '../core/users.js';
import { paymentProvider, transactionStatus } from './enums.js';
import { invoices } from './invoices.js';
import { currencyCheck } from './plans.js';
import { subscriptions } from './subscriptions.js';

/**
 * Payments (docs/billing.md). The monthly revenue report reads `amount`, `status = 'succeeded'`,
 * `user_id` and `created_at`. The user reads their own; admins read all; the service role writes.
 */
export const transactions = defineTable(
  'transactions',
  perUser(),
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    subscriptionId: uuid('subscription_id').references(() => subscriptions.id, { onDelete: 'set null' }),
    invoiceId: uuid('invoice_id').references(() => invoices.id, { onDelete: 'set null' }),
    /** Amount in minor units (cents) of `currency`; always positive (a refund is a status). */
    amount: integer('amount').notNull(),
    currency: text('currency').notNull().default('USD'),
    status: transactionStatus('status').notNull().default('pending'),
    provider: paymentProvider('provider').notNull().default('manual'),
    /** The payment's id at `provider` (Stripe's `pi_...`); unique per provider. */
    providerPaymentId: text('provider_payment_id'),
    description: text('description'),
    /** Why the payment failed, as the provider said. */
    failureReason: text('failure_reason'),
    /** Time of the last provider event applied; older or equal events are ignored (idempotency). */
    providerEventAt: timestamp('provider_event_at', { withTimezone: true }),
    metadata: jsonb('metadata').$type<Record<string, unknown>>().notNull().default({}),
    ...timestamps,
  },
  (t) => [
    check('transactions_amount_check', sql`${t.amount} > 0`),
    check('transactions_currency_check', currencyCheck(t.currency)),
    uniqueIndex('transactions_provider_payment_key').on(t.provider, t.providerPaymentId),
    index('transactions_user_id_idx').on(t.userId),
    index('transactions_subscription_id_idx').on(t.subscriptionId),
    index('transactions_invoice_id_idx').on(t.invoiceId),
    /** The revenue report: succeeded payments by month. */
    index('transactions_succeeded_created_at_idx')
      .on(t.createdAt)
      .where(sql`${t.status} = 'succeeded'`),
  ],
);

export const transactionsRelations = relations(transactions, ({ one }) => ({
  user: one(users, { fields: [transactions.userId], references: [users.id] }),
  subscription: one(subscriptions, { fields: [transactions.subscriptionId], references: [subscriptions.id] }),
  invoice: one(invoices, { fields: [transactions.invoiceId], references: [invoices.id] }),
}));

export type Transaction = typeof transactions.$inferSelect;
export type NewTransaction = typeof transactions.$inferInsert;
