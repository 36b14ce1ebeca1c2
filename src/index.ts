/**
 * @org/saas-schema: the PostgreSQL data layer of a SaaS backend. Tables, relations and types
 * (`./schema`), zod validators (`./validators`), typed queries (`./queries`), SQL function
 * wrappers (`./functions`), the migrator (`./migrate`) and `withUser` for RLS-scoped work.
 */
export * from './db.js';
export * from './functions.js';
export * from './migrate/index.js';
export * from './queries.js';
export * from './schema.js';
export * from './seed/index.js';
export * from './validators.js';
export * from './with-user.js';
