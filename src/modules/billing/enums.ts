import { pgEnum } from 'drizzle-orm/pg-core';
import {
  billingIntervals,
  computeTiers,
  databaseTiers,
  invoiceStatuses,
  paymentProviders,
  subscriptionStatuses,
  transactionStatuses,
} from './constants.js';

/** The billing module's PostgreSQL enums, made from the value lists in constants.ts. */
export const billingInterval = pgEnum('billing_interval', billingIntervals);
export const databaseTier = pgEnum('database_tier', databaseTiers);
export const computeTier = pgEnum('compute_tier', computeTiers);
export const paymentProvider = pgEnum('payment_provider', paymentProviders);
export const subscriptionStatus = pgEnum('subscription_status', subscriptionStatuses);
export const transactionStatus = pgEnum('transaction_status', transactionStatuses);
export const invoiceStatus = pgEnum('invoice_status', invoiceStatuses);
