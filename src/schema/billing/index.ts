export * from './constants.js';
export * from './features.js';
export * from './invoices.js';
export * from './plans.js';
export * from './relations.js';
export * from './subscriptions.js';
export * from './transactions.js';
export * from './usage-counters.js';
