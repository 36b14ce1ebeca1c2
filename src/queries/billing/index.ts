export * from './errors.js';
export * from './invoices.js';
export * from './payments.js';
export * from './plans.js';
export * from './revenue.js';
export * from './subscriptions.js';
export * from './usage.js';
