import { relations, sql } from 'drizzle-orm';
import { check, index, integer, jsonb, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { defineTable, perUser } from '../../shared/access.js';
import { timestamps } from '../../shared/columns.js';
import { users } from '../core/users.js';
import { invoiceStatus, paymentProvider } from './enums.js';
import { currencyCheck } from './plans.js';
import { subscriptions } from './subscriptions.js';
import { transactions } from './transactions.js';

/** One line of an invoice (`invoices.line_items`); amounts in minor units of the invoice currency. */
export type InvoiceLineItem = {
  description: string;
  quantity: number;
  /** Price of one unit, in cents. */
  unitAmount: number;
  /** quantity × unitAmount, in cents. */
  amount: number;
  planId?: string;
  periodStart?: string;
  periodEnd?: string;
};

/** Invoices (docs/billing.md). The user reads their own; admins read all; the service role writes. */
export const invoices = defineTable(
  'invoices',
  perUser(),
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    subscriptionId: uuid('subscription_id').references(() => subscriptions.id, { onDelete: 'set null' }),
    /** Human-facing invoice number, unique (`INV-2026-000123`). */
    number: text('number').notNull().unique('invoices_number_key'),
    status: invoiceStatus('status').notNull().default('draft'),
    /** Sum of the line items, in cents. */
    subtotal: integer('subtotal').notNull().default(0),
    /** Tax in cents. */
    tax: integer('tax').notNull().default(0),
    /** subtotal + tax, in cents (checked). */
    total: integer('total').notNull().default(0),
    currency: text('currency').notNull().default('USD'),
    periodStart: timestamp('period_start', { withTimezone: true }),
    periodEnd: timestamp('period_end', { withTimezone: true }),
    dueAt: timestamp('due_at', { withTimezone: true }),
    /** Set when the invoice is paid; required by status `paid`. */
    paidAt: timestamp('paid_at', { withTimezone: true }),
    provider: paymentProvider('provider'),
    /** The invoice's id at `provider`; unique per provider. */
    providerInvoiceId: text('provider_invoice_id'),
    /** Shape checked by `invoiceLineItemsSchema`; the database checks it is an array. */
    lineItems: jsonb('line_items').$type<InvoiceLineItem[]>().notNull().default([]),
    ...timestamps,
  },
  (t) => [
    check('invoices_amounts_check', sql`${t.subtotal} >= 0 and ${t.tax} >= 0`),
    check('invoices_total_check', sql`${t.total} = ${t.subtotal} + ${t.tax}`),
    check('invoices_currency_check', currencyCheck(t.currency)),
    check(
      'invoices_period_check',
      sql`${t.periodEnd} is null or ${t.periodStart} is null or ${t.periodEnd} >= ${t.periodStart}`,
    ),
    check('invoices_paid_check', sql`${t.status} <> 'paid' or ${t.paidAt} is not null`),
    check('invoices_line_items_check', sql`jsonb_typeof(${t.lineItems}) = 'array'`),
    check('invoices_provider_check', sql`${t.providerInvoiceId} is null or ${t.provider} is not null`),
    uniqueIndex('invoices_provider_invoice_key').on(t.provider, t.providerInvoiceId),
    index('invoices_user_id_idx').on(t.userId),
    index('invoices_subscription_id_idx').on(t.subscriptionId),
    index('invoices_status_idx').on(t.status),
  ],
);

export const invoicesRelations = relations(invoices, ({ one, many }) => ({
  user: one(users, { fields: [invoices.userId], references: [users.id] }),
  subscription: one(subscriptions, { fields: [invoices.subscriptionId], references: [subscriptions.id] }),
  transactions: many(transactions),
}));

export type Invoice = typeof invoices.$inferSelect;
export type NewInvoice = typeof invoices.$inferInsert;
