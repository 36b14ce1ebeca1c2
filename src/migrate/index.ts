/**
 * The package's migrator. It applies the shipped `drizzle/` folder and records what it applied in
 * its own table, `saas_schema.migrations`, so it never mixes with a consuming app's own drizzle
 * journal. Unlike drizzle's stock migrator it decides by migration tag (not journal timestamp),
 * refuses migrations edited after they were applied, and holds an advisory lock for the whole
 * run: two processes migrating at once never both apply a migration; the second waits, then finds
 * nothing pending. A run is one transaction: a failing migration leaves the database as it was.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { type Database, rows } from '../db.js';
import { migrationStatements } from './sql-statements.js';

export { migrationStatements, splitStatements } from './sql-statements.js';

/** The `drizzle/` folder shipped in this package (next to `dist/` and `src/`). */
export const defaultMigrationsFolder = fileURLToPath(new URL('../../drizzle', import.meta.url));

/** Key of the advisory lock every migrate/rollback run holds (an arbitrary, fixed bigint). */
export const MIGRATION_LOCK_KEY = 4_711_202_611;

export type Migration = {
  idx: number;
  tag: string;
  /** sha256 of the migration file, recorded when applied. */
  hash: string;
  statements: string[];
  downStatements: string[];
};

export type AppliedMigration = { idx: number; tag: string; hash: string; appliedAt: Date };

export type MigrateOptions = {
  migrationsFolder?: string;
  /** Called after each migration with its run time, e.g. to print progress. */
  onMigration?: (migration: Migration, durationMs: number) => void;
};

export type MigrateResult = { applied: { tag: string; durationMs: number }[] };

export class MigrationError extends Error {
  constructor(
    message: string,
    readonly migration?: string,
    readonly statement?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'MigrationError';
  }
}

/** The migrations of a folder, in journal order. */
export function readMigrations(folder = defaultMigrationsFolder): Migration[] {
  const journalPath = `${folder}/meta/_journal.json`;
  if (!existsSync(journalPath)) throw new MigrationError(`no migrations journal at ${journalPath}`);
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as {
    entries: { idx: number; tag: string }[];
  };
  return journal.entries.map(({ idx, tag }) => {
    const text = readFileSync(`${folder}/${tag}.sql`, 'utf8');
    const downPath = `${folder}/${tag}.down.sql`;
    return {
      idx,
      tag,
      hash: createHash('sha256').update(text).digest('hex'),
      statements: migrationStatements(text),
      downStatements: existsSync(downPath) ? migrationStatements(readFileSync(downPath, 'utf8')) : [],
    };
  });
}

const BOOKKEEPING = [
  sql`create schema if not exists saas_schema`,
  sql`create table if not exists saas_schema.migrations (
    idx integer primary key,
    tag text not null unique,
    hash text not null,
    applied_at timestamptz not null default now()
  )`,
];

async function lockAndPrepare(tx: Database): Promise<AppliedMigration[]> {
  await tx.execute(sql`select pg_advisory_xact_lock(${MIGRATION_LOCK_KEY})`);
  for (const statement of BOOKKEEPING) await tx.execute(statement);
  return appliedIn(tx);
}

async function appliedIn(db: Database): Promise<AppliedMigration[]> {
  const found = await rows<{ idx: number; tag: string; hash: string; applied_at: string | Date }>(
    db,
    sql`select idx, tag, hash, applied_at from saas_schema.migrations order by idx`,
  );
  return found.map((r) => ({ idx: r.idx, tag: r.tag, hash: r.hash, appliedAt: new Date(r.applied_at) }));
}

async function run(tx: Database, migration: Migration, statements: string[]): Promise<void> {
  for (const statement of statements) {
    try {
      await tx.execute(sql.raw(statement));
    } catch (error) {
      const cause = (error as { cause?: unknown }).cause ?? error;
      const message = cause instanceof Error ? cause.message : String(cause);
      throw new MigrationError(`migration ${migration.tag} failed: ${message}`, migration.tag, statement, {
        cause,
      });
    }
  }
}

function checkUnchanged(migrations: Migration[], applied: AppliedMigration[]): void {
  const byTag = new Map(migrations.map((m) => [m.tag, m]));
  for (const a of applied) {
    const file = byTag.get(a.tag);
    if (file && file.hash !== a.hash) {
      throw new MigrationError(`migration ${a.tag} was changed after it was applied (hash differs)`, a.tag);
    }
  }
}

/** Applies every pending migration, in one transaction, under the migration lock. */
export async function migrate(db: Database, options: MigrateOptions = {}): Promise<MigrateResult> {
  const migrations = readMigrations(options.migrationsFolder);
  return db.transaction(async (tx) => {
    const applied = await lockAndPrepare(tx);
    checkUnchanged(migrations, applied);
    const done = new Set(applied.map((a) => a.tag));
    const result: MigrateResult = { applied: [] };
    for (const migration of migrations.filter((m) => !done.has(m.tag))) {
      const started = performance.now();
      await run(tx, migration, migration.statements);
      await tx.execute(
        sql`insert into saas_schema.migrations (idx, tag, hash) values (${migration.idx}, ${migration.tag}, ${migration.hash})`,
      );
      const durationMs = performance.now() - started;
      result.applied.push({ tag: migration.tag, durationMs });
      options.onMigration?.(migration, durationMs);
    }
    return result;
  });
}

export type MigrationStatus = { applied: AppliedMigration[]; pending: Migration[] };

/** Which shipped migrations are applied and which are pending. Reads only. */
export async function migrationStatus(
  db: Database,
  options: Pick<MigrateOptions, 'migrationsFolder'> = {},
): Promise<MigrationStatus> {
  const migrations = readMigrations(options.migrationsFolder);
  const [exists] = await rows<{ found: boolean }>(
    db,
    sql`select to_regclass('saas_schema.migrations') is not null as found`,
  );
  const applied = exists?.found ? await appliedIn(db) : [];
  const done = new Set(applied.map((a) => a.tag));
  return { applied, pending: migrations.filter((m) => !done.has(m.tag)) };
}

export type RollbackOptions = Pick<MigrateOptions, 'migrationsFolder' | 'onMigration'> & {
  /** How many of the last applied migrations to undo (default 1); `'all'` undoes every one. */
  steps?: number | 'all';
};

/**
 * Undoes the last applied migrations with their down scripts, newest first, in one transaction.
 * Undoing all of them also removes the package's bookkeeping schema.
 */
export async function rollback(db: Database, options: RollbackOptions = {}): Promise<MigrateResult> {
  const steps = options.steps ?? 1;
  if (steps !== 'all' && (!Number.isInteger(steps) || steps < 1)) {
    throw new MigrationError(`rollback steps must be a positive integer or 'all'; got ${steps}`);
  }
  const migrations = new Map(readMigrations(options.migrationsFolder).map((m) => [m.tag, m]));
  return db.transaction(async (tx) => {
    const applied = await lockAndPrepare(tx);
    const undo = applied.reverse().slice(0, steps === 'all' ? undefined : steps);
    const result: MigrateResult = { applied: [] };
    for (const a of undo) {
      const migration = migrations.get(a.tag);
      if (!migration)
        throw new MigrationError(`applied migration ${a.tag} is not in the migrations folder`, a.tag);
      const started = performance.now();
      await run(tx, migration, migration.downStatements);
      await tx.execute(sql`delete from saas_schema.migrations where tag = ${a.tag}`);
      const durationMs = performance.now() - started;
      result.applied.push({ tag: a.tag, durationMs });
      options.onMigration?.(migration, durationMs);
    }
    if (undo.length === applied.length) await tx.execute(sql`drop schema if exists saas_schema cascade`);
    return result;
  });
}
