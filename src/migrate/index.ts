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

export { migrationStatements } from './sql-statements.js';

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
  /**
   * Change nothing: compute the pending migrations and return them (and the SQL that would run,
   * in `sql`) without taking the lock, creating the bookkeeping table or running anything.
   */
  dryRun?: boolean;
  /** Apply at most this many of the pending migrations (oldest first); default: all. */
  steps?: number;
};

export type MigrateResult = {
  applied: { tag: string; durationMs: number }[];
  /** Dry run only: the migrations that would be applied, in order. */
  pending?: Migration[];
  /** Dry run only: the SQL script that would run (as `migrationsSql` renders it). */
  sql?: string;
};

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

/** The package's bookkeeping: what is applied (`migrate`, `rollback` and the CLI read it). */
const BOOKKEEPING = [
  'CREATE SCHEMA IF NOT EXISTS saas_schema;',
  `CREATE TABLE IF NOT EXISTS saas_schema.migrations (
  idx integer primary key,
  tag text not null unique,
  hash text not null,
  applied_at timestamptz not null default now()
);`,
];

async function lockAndPrepare(tx: Database): Promise<AppliedMigration[]> {
  await tx.execute(sql`select pg_advisory_xact_lock(${MIGRATION_LOCK_KEY})`);
  for (const statement of BOOKKEEPING) await tx.execute(sql.raw(statement));
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

function checkSteps(steps: unknown): void {
  if (steps !== undefined && steps !== 'all' && (!Number.isInteger(steps) || (steps as number) < 1)) {
    throw new MigrationError(`steps must be a positive integer; got ${steps}`);
  }
}

/**
 * Applies every pending migration (or the next `steps`), in one transaction, under the migration
 * lock. With `dryRun`, changes nothing and returns what would run.
 */
export async function migrate(db: Database, options: MigrateOptions = {}): Promise<MigrateResult> {
  checkSteps(options.steps);
  const migrations = readMigrations(options.migrationsFolder);
  if (options.dryRun) {
    const status = await migrationStatus(db, options);
    checkUnchanged(migrations, status.applied);
    const pending = status.pending.slice(0, options.steps);
    return { applied: [], pending, sql: renderScript(pending, { bookkeeping: status.applied.length === 0 }) };
  }
  return db.transaction(async (tx) => {
    const applied = await lockAndPrepare(tx);
    checkUnchanged(migrations, applied);
    const done = new Set(applied.map((a) => a.tag));
    const result: MigrateResult = { applied: [] };
    for (const migration of migrations.filter((m) => !done.has(m.tag)).slice(0, options.steps)) {
      const started = performance.now();
      await run(tx, migration, migration.statements);
      await tx.execute(
        sql`insert into saas_schema.migrations (idx, tag, hash) values (${migration.idx}, ${migration.tag}, ${migration.hash})`,
      );
      await tx.execute(sql.raw(logStatement(`Migration ${migration.tag} applied`)));
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
      await tx.execute(sql.raw(logStatement(`Migration ${a.tag} rolled back`)));
      const durationMs = performance.now() - started;
      result.applied.push({ tag: a.tag, durationMs });
      options.onMigration?.(migration, durationMs);
    }
    if (undo.length === applied.length) await tx.execute(sql`drop schema if exists saas_schema cascade`);
    return result;
  });
}

const sqlLiteral = (text: string) => `'${text.replaceAll("'", "''")}'`;

/**
 * One statement that records `message` in the application's `public.logs` table (the marketplace's
 * "check migration status" reads `logs WHERE message LIKE 'Migration%'`), *when that table
 * exists*: no module creates it yet, so until one does this does nothing. It fills `message`,
 * and `level` ('info') when the table has that column; a logs table it cannot insert into (other
 * required columns, a level enum without 'info') is skipped: logging never fails a migration.
 */
export function logStatement(message: string): string {
  return `DO $saas_log$
BEGIN
  IF to_regclass('public.logs') IS NOT NULL THEN
    BEGIN
      IF EXISTS (SELECT FROM information_schema.columns
                 WHERE table_schema = 'public' AND table_name = 'logs' AND column_name = 'level') THEN
        INSERT INTO public.logs (level, message) VALUES ('info', ${sqlLiteral(message)});
      ELSE
        INSERT INTO public.logs (message) VALUES (${sqlLiteral(message)});
      END IF;
    EXCEPTION WHEN OTHERS THEN
      NULL; -- a logs table of another shape: not ours to fail on
    END;
  END IF;
END
$saas_log$`;
}

function renderScript(migrations: Migration[], options: { bookkeeping: boolean; guard?: boolean }): string {
  const out: string[] = [];
  if (options.bookkeeping) {
    out.push("-- The package's bookkeeping: what is applied (the CLI and migrate() read this table).");
    out.push(...BOOKKEEPING);
  }
  if (options.guard) {
    out.push(
      '-- Meant for a database without the package: refuse one that already has migrations applied.',
      `DO $saas_guard$
BEGIN
  IF EXISTS (SELECT FROM saas_schema.migrations) THEN
    RAISE EXCEPTION 'this database already has saas-schema migrations applied; run saas-schema migrate instead';
  END IF;
END
$saas_guard$;`,
    );
  }
  for (const m of migrations) {
    out.push('', `-- ===== migration ${m.tag} =====`);
    out.push(...m.statements);
    out.push(
      `INSERT INTO saas_schema.migrations (idx, tag, hash) VALUES (${m.idx}, ${sqlLiteral(m.tag)}, ${sqlLiteral(m.hash)});`,
      `${logStatement(`Migration ${m.tag} applied`)};`,
    );
  }
  return `${out.join('\n')}\n`;
}

/**
 * Every migration of the folder as one SQL script (an `all-migrations.sql`), for
 * `psql -v ON_ERROR_STOP=1 -f`: one transaction under the migration lock that creates the
 * bookkeeping table, runs each migration and records it exactly as `migrate` would (same idx, tag
 * and hash), so `migrate` afterwards finds nothing pending. Meant for a database without the
 * package: it refuses one that already has migrations recorded.
 */
export function migrationsSql(
  options: Pick<MigrateOptions, 'migrationsFolder'> & {
    /** More SQL to run in the same transaction after the migrations, e.g. `seedsSql()`. */
    append?: string;
  } = {},
): string {
  const migrations = readMigrations(options.migrationsFolder);
  return [
    '-- @org/saas-schema: every migration in one script. Apply with:',
    '--   psql "$DATABASE_URL" -v ON_ERROR_STOP=1 -f all-migrations.sql',
    `-- ${migrations.length} migrations: ${migrations.map((m) => m.tag).join(', ')}`,
    'BEGIN;',
    `SELECT pg_advisory_xact_lock(${MIGRATION_LOCK_KEY});`,
    renderScript(migrations, { bookkeeping: true, guard: true }).trimEnd(),
    ...(options.append ? ['', options.append.trimEnd()] : []),
    'COMMIT;',
    '',
  ].join('\n');
}
