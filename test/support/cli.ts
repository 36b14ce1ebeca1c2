/**
 * Runs the BUILT binary (`dist/cli/main.js`, built by `pretest`) as a user would, and gives tests a
 * CLI target on the suite's engine: a fresh PGlite folder (`--pglite DIR`) or an empty database
 * on the server (`--database-url`), plus a way to read that database's catalogue between runs.
 */
import { execFile, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PGlite } from '@electric-sql/pglite';
import type { SQL } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/pglite';
import { type Database, rows } from '../../src/db.js';
import { type CatalogSnapshot, catalogSnapshot } from './catalog.js';
import { createTestDatabase, engine } from './database.js';

export const CLI = join(process.cwd(), 'dist/cli/main.js');

export type CliResult = { code: number | null; stdout: string; stderr: string };

export function cli(
  args: string[],
  options: { env?: Record<string, string | undefined>; cwd?: string } = {},
): Promise<CliResult> {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run npm run build (npm test does)`);
  const env: Record<string, string | undefined> = { ...process.env, NO_COLOR: '1', ...options.env };
  // The CLI's own default target would otherwise follow the suite's DATABASE_URL.
  if (!options.env || !('DATABASE_URL' in options.env)) delete env.DATABASE_URL;
  return new Promise((resolve, reject) => {
    // stdin is a pipe, not a terminal: like CI or a script.
    const child = spawn(process.execPath, [CLI, ...args], { cwd: options.cwd, env, stdio: 'pipe' });
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
  snapshot(): Promise<CatalogSnapshot>;
  query<T = Record<string, unknown>>(query: SQL): Promise<T[]>;
  /** Applies an SQL script file: with `psql -v ON_ERROR_STOP=1 -f` on a server, `exec` on PGlite. */
  applyScript(file: string): Promise<void>;
  close(): Promise<void>;
};

/** An empty, unmigrated database for the CLI on the suite's engine. */
export async function cliTarget(): Promise<CliTarget> {
  if (engine() === 'pglite') {
    const dir = mkdtempSync(join(tmpdir(), 'saas-schema-cli-'));
    const pglite = join(dir, 'pglite');
    // The CLI process holds the folder while it runs; the test opens it only in between.
    const withPg = async <T>(fn: (pg: PGlite) => Promise<T>): Promise<T> => {
      const pg = new PGlite(pglite);
      try {
        return await fn(pg);
      } finally {
        await pg.close();
      }
    };
    const withDb = <T>(fn: (db: Database) => Promise<T>) => withPg((pg) => fn(drizzle(pg)));
    return {
      args: ['--pglite', pglite],
      snapshot: () => withDb(catalogSnapshot),
      query: (q) => withDb((db) => rows(db, q)),
      applyScript: (file) => withPg(async (pg) => void (await pg.exec(readFileSync(file, 'utf8')))),
      close: async () => rmSync(dir, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 }),
    };
  }
  const t = await createTestDatabase({ migrated: false });
  return {
    args: ['--database-url', t.url],
    snapshot: () => catalogSnapshot(t.db),
    query: (q) => rows(t.db, q),
    applyScript: async (file) => {
      await promisify(execFile)('psql', [t.url, '-q', '-v', 'ON_ERROR_STOP=1', '-f', file]);
    },
    close: () => t.close(),
  };
}
