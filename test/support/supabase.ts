/**
 * Supabase mode: `SAAS_SCHEMA_TEST_SUPABASE=1` (with `DATABASE_URL` pointing at a local
 * PostgreSQL 15 superuser connection) runs the suite on a database built from Supabase's own
 * migrations by `../shared/supabase/make-supabase-db.sh` (relative to the repository root;
 * `SAAS_SCHEMA_SUPABASE_SCRIPT` overrides it). The package is migrated and seeded as a
 * non-superuser migrator, as on a hosted project, and every test file clones that database as the
 * migrator (it owns the template and has CREATEDB).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const isSupabase = (): boolean => process.env.SAAS_SCHEMA_TEST_SUPABASE === '1';

/** The role that migrates, as Supabase's `postgres` of a hosted project (NOSUPERUSER). */
export const supabaseMigrator = (): string =>
  process.env.SAAS_SCHEMA_TEST_SUPABASE_MIGRATOR ?? 'saas_test_migrator';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

export function supabaseScript(name: 'make' | 'drop'): string {
  const dir = process.env.SAAS_SCHEMA_SUPABASE_DIR ?? join(repoRoot, '..', 'shared', 'supabase');
  const path = join(dir, `${name}-supabase-db.sh`);
  if (!existsSync(path))
    throw new Error(`Supabase mode: ${path} not found (set SAAS_SCHEMA_SUPABASE_DIR to the folder)`);
  return path;
}

/**
 * Builds a Supabase-like database (about 15 s) and returns the migrator's URL to it. The log goes
 * to the test output only when the script fails.
 */
export function makeSupabaseDatabase(name: string): string {
  try {
    return execFileSync(
      'bash',
      [supabaseScript('make'), name, '--recreate', '--migrator', supabaseMigrator()],
      {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    ).trim();
  } catch (error) {
    const e = error as { stderr?: string };
    throw new Error(`make-supabase-db.sh ${name} failed:\n${e.stderr ?? String(error)}`);
  }
}

export function dropSupabaseDatabase(name: string): void {
  execFileSync('bash', [supabaseScript('drop'), name], { stdio: 'ignore' });
}

/**
 * The global setup's Supabase branch: builds the database, migrates and seeds it as the migrator
 * and returns what test files clone from, with the clean-up.
 */
export async function prepareSupabase(
  migrateAndSeed: (url: string) => Promise<void>,
): Promise<{ serverUrl: string; template: string; drop: () => Promise<void> }> {
  const template = `saas_supabase_test_${process.pid}`;
  const url = makeSupabaseDatabase(template);
  await migrateAndSeed(url);
  const server = new URL(url);
  server.pathname = '/postgres';
  return { serverUrl: server.toString(), template, drop: async () => dropSupabaseDatabase(template) };
}
