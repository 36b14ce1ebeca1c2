/**
 * Every table, enum and relation of the package. drizzle-kit reads this file (drizzle.config.ts);
 * consumers spread it into their own `drizzle(client, { schema })`.
 */

export * from './billing/index.js';
export * from './core/index.js';
export * from './storage/index.js';
