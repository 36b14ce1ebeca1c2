/**
 * Typed wrappers for the package's SQL functions. The SQL itself lives next to them in
 * `src/functions/<module>/*.sql` and reaches the database through `npm run db:generate`.
 */
export * from './billing/index.js';
