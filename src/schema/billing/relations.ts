import { relations } from 'drizzle-orm';
import { users } from '../core/users.js';
import { features, planFeatures } from './features.js';
import { invoices } from './invoices.js';
import { plans } from './plans.js';
import { subscriptions } from './subscriptions.js';
import { transactions } from './transactions.js';
import { usageCounters } from './usage-counters.js';

export const plansRelations = relations(plans, ({ many }) => ({
  planFeatures: many(planFeatures),
  subscriptions: many(subscriptions),
}));

export const featuresRelations = relations(features, ({ many }) => ({
  planFeatures: many(planFeatures),
}));

export const planFeaturesRelations = relations(planFeatures, ({ one }) => ({
  plan: one(plans, { fields: [planFeatures.planId], references: [plans.id] }),
  feature: one(features, { fields: [planFeatures.featureId], references: [features.id] }),
}));

export const subscriptionsRelations = relations(subscriptions, ({ one, many }) => ({
  user: one(users, { fields: [subscriptions.userId], references: [users.id] }),
  plan: one(plans, { fields: [subscriptions.planId], references: [plans.id] }),
  transactions: many(transactions),
  invoices: many(invoices),
}));

export const transactionsRelations = relations(transactions, ({ one }) => ({
  user: one(users, { fields: [transactions.userId], references: [users.id] }),
  subscription: one(subscriptions, {
    fields: [transactions.subscriptionId],
    references: [subscriptions.id],
  }),
  invoice: one(invoices, { fields: [transactions.invoiceId], references: [invoices.id] }),
}));

export const invoicesRelations = relations(invoices, ({ one, many }) => ({
  user: one(users, { fields: [invoices.userId], references: [users.id] }),
  subscription: one(subscriptions, { fields: [invoices.subscriptionId], references: [subscriptions.id] }),
  transactions: many(transactions),
}));

export const usageCountersRelations = relations(usageCounters, ({ one }) => ({
  user: one(users, { fields: [usageCounters.userId], references: [users.id] }),
}));
