/**
 * The RLS matrix: for each table, actor and operation, the expected outcome. Every module adds a
 * `RlsTableSpec` (see `core.ts`) to `specs.ts`; `rls-matrix.test.ts` runs each cell in its own
 * transaction as that actor and rolls it back, so cells never affect each other.
 */

import { eq, type SQL, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { TestDb } from '../support/database.js';
import type { TestUser } from '../support/fixtures.js';

export const actors = ['anon', 'owner', 'other', 'admin', 'service_role'] as const;
export type Actor = (typeof actors)[number];

export const operations = ['select', 'insert', 'update', 'delete'] as const;
export type Operation = (typeof operations)[number];

/** A row count (rows visible to a select, rows written otherwise) or `denied` (an error). */
export type Outcome = number | 'denied';

/** The users every table's spec can rely on. `owner` owns the rows each spec seeds. */
export type World = { owner: TestUser; other: TestUser; admin: TestUser };

export type Tx = Parameters<Parameters<TestDb['transaction']>[0]>[0] | any;

export type RlsTableSpec<Fixture = unknown> = {
  /** The table, schema-qualified when not in `public`. */
  table: string;
  /** Creates, as the owner role (past RLS), what the operations act on; returns it. */
  seed(db: TestDb, world: World): Promise<Fixture>;
  /**
   * Each operation targets the owner's seeded row(s) (insert: a new row for the owner) and
   * returns how many rows it saw or wrote. A missing operation is not part of the matrix.
   */
  run: Partial<Record<Operation, (tx: Tx, fixture: Fixture, world: World) => Promise<number>>>;
  /** Expected outcome per actor and operation; every `run` operation needs one for each actor. */
  expect: Record<Actor, Partial<Record<Operation, Outcome>>>;
};

export const defineRlsSpec = <Fixture>(spec: RlsTableSpec<Fixture>) => spec as RlsTableSpec<unknown>;

/**
 * `select`, `update` (with `changes`) and `delete` of the seeded row that `row(fixture)` picks:
 * the operations of a table whose fixture identifies one row. Each returns how many rows it saw
 * or wrote.
 */
export function byRow<Fixture>(
  table: PgTable,
  row: (f: Fixture) => SQL | undefined,
  changes: Record<string, unknown>,
) {
  const one = sql`1`;
  return {
    select: async (tx: Tx, f: Fixture) =>
      (await tx.select({ one }).from(table).where(row(f))).length as number,
    update: async (tx: Tx, f: Fixture) =>
      (await tx.update(table).set(changes).where(row(f)).returning({ one })).length as number,
    delete: async (tx: Tx, f: Fixture) =>
      (await tx.delete(table).where(row(f)).returning({ one })).length as number,
  };
}

/** `byRow` for a table whose fixture is `{ id }`. */
export const byId = (table: PgTable & { id: PgColumn }, changes: Record<string, unknown>) =>
  byRow(table, (f: { id: string }) => eq(table.id, f.id), changes);

/** Only the service role writes; API roles hold no write privilege (permission denied). */
export const serviceWrites = {
  anon: { insert: 'denied', update: 'denied', delete: 'denied' },
  user: { insert: 'denied', update: 'denied', delete: 'denied' },
  service_role: { insert: 1, update: 1, delete: 1 },
} as const;

/** A per-user table the service role writes: the owner and an admin read the owner's row, nobody else. */
export const perUserExpectations = {
  anon: { select: 'denied', ...serviceWrites.anon },
  owner: { select: 1, ...serviceWrites.user },
  other: { select: 0, ...serviceWrites.user },
  admin: { select: 1, ...serviceWrites.user },
  service_role: { select: 1, ...serviceWrites.service_role },
} as const;
