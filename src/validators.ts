/** zod schemas for every table: drizzle-zod's, plus the rules it cannot see (checks, jsonb shapes). */
export * from './schema/billing/validation.js';
export * from './schema/core/validation.js';
export * from './schema/storage/validation.js';
