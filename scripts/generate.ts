/**
 * `npm run db:generate`: the one command a maintainer runs after changing anything under
 * `src/modules`. It
 *   1. rewrites the derived registries (module index files, entry points, src/registry.ts);
 *   2. emits one migration with every changed SQL unit marked `-- phase: before-tables`;
 *   3. runs `drizzle-kit generate` for the schema (tables, enums, indexes, checks, policies);
 *   4. emits one migration with every other changed unit: functions, triggers, storage policies,
 *      and the generated access units (grants and triggers of each table);
 *   5. (re)derives the down script of every unit migration (scripts/generate/downs.ts).
 * A unit is changed when its text differs from what it last emitted (the sha256 in its header).
 * With nothing changed it writes nothing: CI fails if it would write anything (drift check).
 * `-- --name=add_invoices` names the migrations (default `schema`).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateMigration } from 'drizzle-kit/api';
import { is } from 'drizzle-orm';
import { PgTable } from 'drizzle-orm/pg-core';
import { readMigrations } from '../src/migrate/index.js';
import { STATEMENT_BREAKPOINT } from '../src/migrate/sql-statements.js';
import type { Module } from '../src/modules.js';
import { key } from '../src/sql/objects.js';
import { migrationSections, readSections, type Section } from '../src/sql/sections.js';
import { writeBarrels } from './generate/barrels.js';
import { downStatements } from './generate/downs.js';
import {
  accessUnits,
  checkDomainsCreatedOnce,
  checkOwnership,
  inCreationOrder,
  sqlUnits,
  type Unit,
} from './generate/units.js';

const OUT = 'drizzle';
type JournalEntry = { idx: number; tag: string; when: number };

function journal(): JournalEntry[] {
  const path = join(OUT, 'meta', '_journal.json');
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')).entries : [];
}

/**
 * Runs `drizzle-kit generate`. In a terminal it may ask whether a column or policy was renamed:
 * answer there. Without one (CI) it cannot ask, and any error fails the run before anything
 * after the schema migration is written.
 */
function drizzleKit(args: string[]): JournalEntry | undefined {
  const before = journal().length;
  const interactive = Boolean(process.stdin.isTTY && process.stdout.isTTY);
  const run = spawnSync('drizzle-kit', ['generate', ...args], {
    encoding: 'utf8',
    stdio: interactive ? 'inherit' : 'pipe',
  });
  const output = `${run.stdout ?? ''}${run.stderr ?? ''}`;
  // drizzle-kit reports some errors on stdout or stderr and still exits 0.
  if (run.status !== 0 || /error/i.test(output)) {
    throw new Error(`drizzle-kit generate ${args.join(' ')} failed${output ? `:\n${output}` : ''}`);
  }
  const entries = journal();
  return entries.length > before ? entries.at(-1) : undefined;
}

const joinStatements = (statements: string[]) => `${statements.join(`\n${STATEMENT_BREAKPOINT}\n`)}\n`;

/** One custom migration holding each unit as a section that opens with the unit's header. */
function emitUnits(name: string, units: Unit[]): void {
  if (!units.length) return;
  const entry = drizzleKit(['--custom', `--name=${name}`]);
  if (!entry) throw new Error(`drizzle-kit did not create a migration for ${name}`);
  const sections = units.map((u) => {
    const [first, ...rest] = u.statements;
    const header =
      `-- saas-schema unit: ${u.key} sha256:${u.hash}\n` +
      `-- Generated from ${u.source} by npm run db:generate: edit that, not this.\n`;
    return [header + first, ...rest];
  });
  writeFileSync(join(OUT, `${entry.tag}.sql`), joinStatements(sections.flat()));
  console.log(`[saas-schema] ${entry.tag}.sql  (${units.map((u) => u.key).join(', ')})`);
}

const EMPTY_SNAPSHOT = {
  id: '00000000-0000-0000-0000-000000000000',
  prevId: '',
  version: '7',
  dialect: 'postgresql',
  tables: {},
  enums: {},
  schemas: {},
  sequences: {},
  roles: {},
  policies: {},
  views: {},
  _meta: { schemas: {}, tables: {}, columns: {} },
};

/** The down script of a schema migration: drizzle-kit's diff from it back to the one before. */
async function writeSchemaDown(entry: JournalEntry): Promise<void> {
  const snapshot = (idx: number) =>
    JSON.parse(readFileSync(join(OUT, 'meta', `${String(idx).padStart(4, '0')}_snapshot.json`), 'utf8'));
  const previous = entry.idx === 0 ? EMPTY_SNAPSHOT : snapshot(entry.idx - 1);
  const diff = await generateMigration(snapshot(entry.idx), previous);
  // drizzle-kit drops tables (CASCADE) before the constraints other tables hold on them, which
  // then no longer exist: drop constraints first.
  const dropsConstraint = (s: string) => /^ALTER TABLE .* DROP CONSTRAINT /.test(s);
  const statements = [...diff.filter(dropsConstraint), ...diff.filter((s) => !dropsConstraint(s))];
  writeFileSync(join(OUT, `${entry.tag}.down.sql`), fixUndefinedTypeSchema(joinStatements(statements)));
  console.log(`[saas-schema] ${entry.tag}.sql  (from src/modules: tables)`);
}

/** A unit must drop what its earlier versions created and it no longer does. */
function checkNothingLeftBehind(unit: Unit, history: Section[]): void {
  const now = new Set(unit.effects.flatMap((e) => [...e.creates, ...e.drops].map(key)));
  for (const section of history.filter((s) => s.unit === unit.key)) {
    for (const o of section.effects.flatMap((e) => e.creates)) {
      if (!now.has(key(o))) {
        throw new Error(`${unit.source} no longer creates ${o.kind} ${o.id}: drop it there (… IF EXISTS)`);
      }
    }
  }
}

/**
 * drizzle-kit 0.31 qualifies the new type of `ALTER COLUMN ... SET DATA TYPE` with the column's
 * type schema even when it has none, as for a custom type (a domain): `"undefined"."usage_period"`
 * (drizzle-orm#4806). Left unqualified, as its CREATE TABLE leaves it.
 */
function fixUndefinedTypeSchema(statements: string): string {
  return statements.replaceAll('SET DATA TYPE "undefined".', 'SET DATA TYPE ');
}

/** Rewrites every down script derived from units; returns how many changed. */
async function refreshDownScripts(units: Unit[]): Promise<number> {
  const byKey = new Map(units.map((u) => [u.key, u]));
  const earlier: Section[] = [];
  let written = 0;
  for (const migration of readMigrations(OUT)) {
    const sections = await migrationSections(migration);
    if (sections[0]?.unit) {
      const statements = await downStatements(sections, earlier, byKey);
      const path = join(OUT, `${migration.tag}.down.sql`);
      const text = statements && joinStatements(statements);
      if (text !== undefined && (!existsSync(path) || readFileSync(path, 'utf8') !== text)) {
        writeFileSync(path, text);
        console.log(`[saas-schema] ${migration.tag}.down.sql  (derived)`);
        written++;
      }
    }
    earlier.push(...sections);
  }
  return written;
}

const migrationName = process.argv.find((a) => a.startsWith('--name='))?.slice('--name='.length) ?? 'schema';

async function main(): Promise<void> {
  const barrels = writeBarrels();
  for (const path of barrels) console.log(`[saas-schema] ${path}  (registry)`);
  const { moduleSchemas } = await import('../src/registry.js');
  const tablesByModule = Object.fromEntries(
    Object.entries(moduleSchemas).map(([m, exports]) => [
      m,
      Object.values(exports as Record<string, unknown>).filter((v): v is PgTable => is(v, PgTable)),
    ]),
  ) as Partial<Record<Module, PgTable[]>>;

  const units = [...(await sqlUnits()), ...(await accessUnits(tablesByModule))];
  checkOwnership(units);
  const history = await readSections(OUT);
  const changed = units.filter((u) => history.filter((s) => s.unit === u.key).at(-1)?.hash !== u.hash);
  const shipped = new Set(history.flatMap((s) => (s.unit ? [s.unit] : [])));
  for (const unit of changed) {
    checkNothingLeftBehind(unit, history);
    checkDomainsCreatedOnce(unit, shipped);
  }

  const journalBefore = readFileSync(join(OUT, 'meta', '_journal.json'), 'utf8');
  let schemaEntry: JournalEntry | undefined;
  try {
    emitUnits(
      `${migrationName}_before_tables`,
      inCreationOrder(changed.filter((u) => u.phase === 'before-tables')),
    );
    schemaEntry = drizzleKit([`--name=${migrationName}`]);
    if (schemaEntry) {
      const path = join(OUT, `${schemaEntry.tag}.sql`);
      writeFileSync(path, fixUndefinedTypeSchema(readFileSync(path, 'utf8')));
      await writeSchemaDown(schemaEntry);
    }
    emitUnits(
      `${migrationName}_after_tables`,
      inCreationOrder(changed.filter((u) => u.phase === 'after-tables')),
    );
  } catch (error) {
    // Leave drizzle/ as it was: a half-generated run would put migrations out of order.
    const kept = (JSON.parse(journalBefore) as { entries: JournalEntry[] }).entries.length;
    for (const entry of journal().slice(kept)) {
      const snapshot = `meta/${String(entry.idx).padStart(4, '0')}_snapshot.json`;
      for (const file of [`${entry.tag}.sql`, `${entry.tag}.down.sql`, snapshot])
        rmSync(join(OUT, file), { force: true });
    }
    writeFileSync(join(OUT, 'meta', '_journal.json'), journalBefore);
    throw error;
  }
  const downs = await refreshDownScripts(units);

  if (!barrels.length && !changed.length && !schemaEntry && !downs) {
    console.log('[saas-schema] nothing to generate: drizzle/ and the registries are up to date');
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
