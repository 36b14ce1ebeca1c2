import { type SQL, sql } from 'drizzle-orm';
import type { PgColumn, PgDatabase } from 'drizzle-orm/pg-core';

/**
 * Any Drizzle PostgreSQL database or transaction: postgres.js, node-postgres, PGlite, with the
 * package's schema or the consumer's own merged with it. Every typed query and function wrapper
 * takes one as its first argument, so it runs equally inside `withUser` or a caller's transaction.
 */
export type Database = PgDatabase<any, any, any>;

/** The transaction object `db.transaction()` hands its callback for a given database type. */
export type TransactionOf<TDb extends Database> = Parameters<Parameters<TDb['transaction']>[0]>[0];

/** Runs raw SQL and returns its rows, whatever the driver's result shape. */
export async function rows<T = Record<string, unknown>>(db: Database, query: SQL): Promise<T[]> {
  const result: unknown = await db.execute(query);
  return (Array.isArray(result) ? result : (result as { rows: T[] }).rows) as T[];
}

/** The first row of a raw SQL query, or `undefined`. */
export async function firstRow<T = Record<string, unknown>>(
  db: Database,
  query: SQL,
): Promise<T | undefined> {
  return (await rows<T>(db, query))[0];
}

/** `excluded.<column>` in an `ON CONFLICT DO UPDATE`: the value the conflicting insert proposed. */
export const excluded = (column: PgColumn): SQL => sql.raw(`excluded.${column.name}`);

/**
 * The one value a function call returns (`select fn(...) as value`), checked to be of the
 * expected type: a NULL or a missing row is an error, never silently `false` or `0`.
 */
export async function scalar<T extends boolean | number | string>(
  db: Database,
  query: SQL,
  expected: 'boolean' | 'number' | 'string',
  what: string,
): Promise<T> {
  const row = await firstRow<{ value: unknown }>(db, query);
  const value = expected === 'number' && typeof row?.value === 'string' ? Number(row.value) : row?.value;
  if (typeof value !== expected) throw new Error(`${what} returned ${JSON.stringify(row?.value ?? null)}`);
  return value as T;
}
