/**
 * Typed queries for the flows the seeds describe. Each takes a Drizzle database or transaction as
 * its first argument (see `Database`), validates its input with the module's zod schemas, and
 * returns types inferred from the schema.
 */

export * from './billing/index.js';
export * from './core/index.js';
export * from './storage/index.js';
