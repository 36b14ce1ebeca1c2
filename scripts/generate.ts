/**
 * `npm run db:generate`: the one command a maintainer runs after changing `src/schema` or
 * `src/functions`. It writes, in order:
 *   1. a custom migration for each changed SQL unit marked `-- phase: before-tables`,
 *   2. drizzle-kit's migration for the schema (tables, enums, indexes, RLS policies), if changed,
 *   3. a custom migration for each other changed SQL unit (functions, triggers, grants),
 * and next to every new migration its down script (`NNNN_tag.down.sql`): the reverse schema diff
 * for drizzle-kit's migrations, the unit's `*.down.sql` plus its previous version for SQL units.
 * Running it with nothing changed writes nothing (CI's drift check relies on that).
 */
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateMigration } from 'drizzle-kit/api';
import { STATEMENT_BREAKPOINT, splitStatements } from '../src/migrate/sql-statements.js';
import { modules } from '../src/modules.js';

const FUNCTIONS_DIR = 'src/functions';
const OUT = 'drizzle';
const UNIT_HEADER = /^-- saas-schema unit: (\S+) sha256:([0-9a-f]{64})$/m;

type Unit = {
  key: string;
  file: string;
  phase: 'before-tables' | 'after-tables';
  body: string;
  hash: string;
};
type JournalEntry = { idx: number; tag: string; when: number };

function readUnits(): Unit[] {
  const units: Unit[] = [];
  for (const module of modules) {
    const dir = join(FUNCTIONS_DIR, module);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir).sort()) {
      if (!name.endsWith('.sql') || name.endsWith('.down.sql')) continue;
      const file = join(dir, name);
      const body = readFileSync(file, 'utf8');
      const phase = /^-- phase: before-tables$/m.test(body) ? 'before-tables' : 'after-tables';
      const hash = createHash('sha256').update(body).digest('hex');
      units.push({ key: `${module}/${name.slice(0, -4)}`, file, phase, body, hash });
    }
  }
  return units;
}

function journal(): JournalEntry[] {
  const path = join(OUT, 'meta', '_journal.json');
  return existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')).entries : [];
}

type Emitted = { hash: string; tag: string };

/** Every emitted version of each unit, oldest first: its hash and the migration that holds it. */
function emittedUnits(): Map<string, Emitted[]> {
  const emitted = new Map<string, Emitted[]>();
  for (const { tag } of journal()) {
    const match = UNIT_HEADER.exec(readFileSync(join(OUT, `${tag}.sql`), 'utf8'));
    if (match) emitted.set(match[1]!, [...(emitted.get(match[1]!) ?? []), { hash: match[2]!, tag }]);
  }
  return emitted;
}

function drizzleKit(args: string[]): JournalEntry | undefined {
  const before = journal().length;
  let output: string;
  try {
    output = execFileSync('drizzle-kit', ['generate', ...args], { encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    throw new Error(`drizzle-kit generate failed:\n${e.stdout ?? ''}${e.stderr ?? ''}`);
  }
  // drizzle-kit reports some errors on stdout and still exits 0.
  if (/error/i.test(output)) throw new Error(`drizzle-kit generate reported an error:\n${output}`);
  const entries = journal();
  return entries.length > before ? entries.at(-1) : undefined;
}

function withBreakpoints(sqlText: string): string {
  return `${splitStatements(sqlText).join(`\n${STATEMENT_BREAKPOINT}\n`)}\n`;
}

function migrationBody(tag: string): string {
  return readFileSync(join(OUT, `${tag}.sql`), 'utf8')
    .replace(UNIT_HEADER, '')
    .trimStart();
}

/** A unit version's down script: its `*.down.sql`, then (for a new version) the previous one. */
function unitDownScript(unit: Unit, previous: Emitted | undefined): string {
  const downFile = unit.file.replace(/\.sql$/, '.down.sql');
  if (!existsSync(downFile)) throw new Error(`${unit.file} has no down script: write ${downFile}`);
  let down = readFileSync(downFile, 'utf8');
  // Undoing a new version of a unit means dropping it and putting the previous version back.
  if (previous) down += `\n${migrationBody(previous.tag)}`;
  return withBreakpoints(down);
}

function emitUnit(unit: Unit, previous: Emitted | undefined): void {
  const name = unit.key.replace('/', '_').replace(/-/g, '_');
  const entry = drizzleKit(['--custom', `--name=${name}`]);
  if (!entry) throw new Error(`drizzle-kit did not create a migration for ${unit.key}`);
  const header = `-- saas-schema unit: ${unit.key} sha256:${unit.hash}\n-- Generated from ${unit.file} by npm run db:generate: edit that file, not this one.\n`;
  writeFileSync(join(OUT, `${entry.tag}.sql`), header + withBreakpoints(unit.body));
  writeFileSync(join(OUT, `${entry.tag}.down.sql`), unitDownScript(unit, previous));
  console.log(`[saas-schema] ${entry.tag}.sql  (from ${unit.file})`);
}

/**
 * A down script may be fixed after its migration shipped (the migrator hashes only the up
 * script): rewrite the down script of each unit's current version from its `*.down.sql`.
 */
function refreshUnitDownScripts(units: Unit[]): number {
  let refreshed = 0;
  const emitted = emittedUnits();
  for (const unit of units) {
    const versions = emitted.get(unit.key) ?? [];
    const current = versions.at(-1);
    if (current?.hash !== unit.hash) continue;
    const path = join(OUT, `${current.tag}.down.sql`);
    const down = unitDownScript(unit, versions.at(-2));
    if (existsSync(path) && readFileSync(path, 'utf8') === down) continue;
    writeFileSync(path, down);
    console.log(
      `[saas-schema] ${current.tag}.down.sql  (down script from ${unit.file.replace(/\.sql$/, '.down.sql')})`,
    );
    refreshed++;
  }
  return refreshed;
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

async function writeSchemaDown(entry: JournalEntry): Promise<void> {
  const snapshot = (idx: number) =>
    JSON.parse(readFileSync(join(OUT, 'meta', `${String(idx).padStart(4, '0')}_snapshot.json`), 'utf8'));
  const current = snapshot(entry.idx);
  const previous = entry.idx === 0 ? EMPTY_SNAPSHOT : snapshot(entry.idx - 1);
  const statements = await generateMigration(current, previous);
  writeFileSync(join(OUT, `${entry.tag}.down.sql`), `${statements.join(`\n${STATEMENT_BREAKPOINT}\n`)}\n`);
  console.log(`[saas-schema] ${entry.tag}.sql  (from src/schema)`);
}

/** `npm run db:generate -- --name=add_invoices` names the schema migration; default `schema`. */
const migrationName = process.argv.find((a) => a.startsWith('--name='))?.slice('--name='.length) ?? 'schema';

async function main(): Promise<void> {
  const units = readUnits();
  const emitted = emittedUnits();
  const latest = (unit: Unit) => emitted.get(unit.key)?.at(-1);
  const changed = units.filter((u) => latest(u)?.hash !== u.hash);

  for (const unit of changed.filter((u) => u.phase === 'before-tables')) emitUnit(unit, latest(unit));
  const schemaEntry = drizzleKit([`--name=${migrationName}`]);
  if (schemaEntry) await writeSchemaDown(schemaEntry);
  for (const unit of changed.filter((u) => u.phase === 'after-tables')) emitUnit(unit, latest(unit));
  const refreshed = refreshUnitDownScripts(units);

  if (changed.length === 0 && !schemaEntry && refreshed === 0)
    console.log('[saas-schema] nothing to generate: drizzle/ is up to date');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
