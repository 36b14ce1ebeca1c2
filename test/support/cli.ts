/**
 * The `saas-schema` CLI for tests. `cli(args)` runs it in this process (`runCli`, the function
 * the binary calls) with its own streams, environment and working directory: no Node start-up per
 * call; on a `cliTarget` PGlite folder the runs share one open database. `cliBinary(args)` runs
 * the BUILT binary (`dist/cli/main.js`, built by `pretest`), for what
 * only the binary shows. `cliTarget()` is a database for the CLI on the suite's engine: a PGlite
 * folder (`--pglite DIR`) or a database on the server (`--database-url`), empty or copied from
 * the suite's migrated and seeded one.
 */
import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import type { SQL } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/pglite';
import { afterEach } from 'vitest';
import type { Io } from '../../src/cli/io.js';
import { runCli } from '../../src/cli/run.js';
import { rows } from '../../src/db.js';
import { type CatalogSnapshot, catalogSnapshot } from './catalog.js';
import { copyPgliteFolder, createTestDatabase, engine } from './database.js';
import { scratchDir } from './scratch.js';

export const CLI = join(process.cwd(), 'dist/cli/main.js');

export type CliResult = { code: number | null; stdout: string; stderr: string };
export type CliOptions = {
  env?: Record<string, string | undefined>;
  cwd?: string;
  /** How the run opens a PGlite folder (`Io.openPglite`); by default a new PGlite, as the binary does. */
  openPglite?: Io['openPglite'];
};

/** The environment of a run: the suite's, without its DATABASE_URL (the CLI would follow it). */
function environment(options: CliOptions): Record<string, string | undefined> {
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', ...options.env };
  if (!options.env || !('DATABASE_URL' in options.env)) delete env.DATABASE_URL;
  return env;
}

/** Runs the CLI in this process; stdin is empty and not a terminal, like CI or a script. */
export async function cli(args: string[], options: CliOptions = {}): Promise<CliResult> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = await runCli(args, {
    stdout: { write: (text: string) => stdout.push(text) },
    stderr: { write: (text: string) => stderr.push(text) },
    stdin: Readable.from([]),
    env: environment(options),
    cwd: options.cwd ?? process.cwd(),
    ...(options.openPglite ? { openPglite: options.openPglite } : {}),
  });
  return { code, stdout: stdout.join(''), stderr: stderr.join('') };
}

/** Runs the built binary in a child process, stdin a pipe (not a terminal). */
export function cliBinary(args: string[], options: CliOptions = {}): Promise<CliResult> {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build (npm test does)`);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: options.cwd,
      env: environment(options),
      stdio: 'pipe',
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => {
      stdout += d;
    });
    child.stderr.on('data', (d) => {
      stderr += d;
    });
    child.stdin.end();
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

export type CliTarget = {
  /** The flags that point the CLI at this database. */
  args: string[];
  /** Runs the CLI in process on this database (`args` appended). */
  cli(args: string[], options?: CliOptions): Promise<CliResult>;
  snapshot(): Promise<CatalogSnapshot>;
  query<T = Record<string, unknown>>(query: SQL): Promise<T[]>;
  /** Applies an SQL script file: with `psql -v ON_ERROR_STOP=1 -f` on a server, `exec` on PGlite. */
  applyScript(file: string): Promise<void>;
  close(): Promise<void>;
};

/**
 * A database for the CLI on the suite's engine: empty, or (`migrated: true`) with every shipped
 * migration and seed applied, copied from the suite's migrated data folder instead of migrated again.
 */
export async function cliTarget(options: { migrated?: boolean } = {}): Promise<CliTarget> {
  const migrated = options.migrated ?? false;
  if (engine() === 'pglite') {
    const dir = scratchDir('saas-schema-cli-');
    const pglite = join(dir, 'pglite');
    copyPgliteFolder(pglite, { migrated });
    // One PGlite on the folder for the whole test: each CLI run locks the folder as usual but
    // borrows this database instead of starting PGlite again (binary.test.ts and cli.test.ts's
    // run without a target open folders the way users do).
    const pg = new PGlite(pglite);
    const db = drizzle(pg);
    const openPglite = async (path: string) => {
      if (path !== pglite) throw new Error(`this test's PGlite is ${pglite}, the run asked for ${path}`);
      return { db, close: async () => {} };
    };
    const args = ['--pglite', pglite];
    return {
      args,
      cli: (more, opts) => cli([...more, ...args], { openPglite, ...opts }),
      snapshot: () => catalogSnapshot(db),
      query: (q) => rows(db, q),
      applyScript: async (file) => {
        try {
          await pg.exec(readFileSync(file, 'utf8'));
        } catch (error) {
          // psql would end its session here, rolling back whatever transaction the script left open.
          await pg.exec('ROLLBACK');
          throw error;
        }
      },
      close: async () => {
        await pg.close();
        rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
      },
    };
  }
  const t = await createTestDatabase({ migrated });
  const args = ['--database-url', t.url];
  return {
    args,
    cli: (more, opts) => cli([...more, ...args], opts),
    snapshot: () => catalogSnapshot(t.db),
    query: (q) => rows(t.db, q),
    applyScript: async (file) => {
      await promisify(execFile)('psql', [t.url, '-q', '-v', 'ON_ERROR_STOP=1', '-f', file]);
    },
    close: () => t.close(),
  };
}

/** A test file's `target(options)`: each test's CLI databases are closed after it. */
export function cliTargets(): (options?: { migrated?: boolean }) => Promise<CliTarget> {
  const opened: CliTarget[] = [];
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((t) => t.close()));
  });
  return async (options = {}) => {
    const t = await cliTarget(options);
    opened.push(t);
    return t;
  };
}

/**
 * A seeds folder for a fixture module, used like the shipped one (SAAS_SCHEMA_SEEDS_DIR): one
 * row in a table no shipped seed fills, idempotent like every seed file, so seeding is seen to
 * change something once.
 */
export function fixtureSeeds(parent: string): string {
  const seeds = join(parent, 'seeds');
  mkdirSync(seeds, { recursive: true });
  writeFileSync(
    join(seeds, 'core.sql'),
    `-- fixture: one row in a table no shipped seed fills, idempotent like every seed file
INSERT INTO public.webhook_events (provider, event_id, type, payload)
VALUES ('manual', 'fixture-1', 'fixture', '{}') ON CONFLICT DO NOTHING;\n`,
  );
  return seeds;
}
