import { sql } from 'drizzle-orm';
import { bigint, check, index, jsonb, text, timestamp } from 'drizzle-orm/pg-core';
import { custom, defineTable } from '../../shared/access.js';
import { logLevel } from './enums.js';

/**
 * The application log, also the migration log: `migrate` and `rollback` record `Migration ...`
 * lines here (seed 000's "check migration status" query reads them). Admins read it; the service
 * role writes.
 */
export const logs = defineTable(
  'logs',
  custom({ admin: ['select'] }),
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    level: logLevel('level').notNull().default('info'),
    message: text('message').notNull(),
    /** Structured details (request id, plugin, error); a JSON object. */
    context: jsonb('context').$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check('logs_context_check', sql`jsonb_typeof(${t.context}) = 'object'`),
    index('logs_created_at_idx').on(t.createdAt.desc().nullsFirst()),
  ],
);
