/**
 * The built binary itself (`dist/cli/main.js`, as `npx saas-schema` runs it): its shebang, that it
 * loads from `dist/`, and that the exit status and output reach the shell. Everything else about
 * the commands runs in process (cli.test.ts, rollback.test.ts).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readMigrations } from '../../src/migrate/index.js';
import { cliBinary } from '../support/cli.js';

describe('the saas-schema binary', { timeout: 60_000 }, () => {
  it('prints its version and exits 0', async () => {
    const r = await cliBinary(['--version']);
    expect(r).toEqual({
      code: 0,
      stdout: `${JSON.parse(readFileSync('package.json', 'utf8')).version}\n`,
      stderr: '',
    });
  });

  it('exits 2 with the usage on an unknown command', async () => {
    const r = await cliBinary(['frobnicate']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^error: unknown command 'frobnicate'\n\nUsage: saas-schema <command>/);
  });

  it('finds the shipped migrations next to dist/ and prints them as one script on stdout', async () => {
    const r = await cliBinary(['sql']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^BEGIN;$/m);
    for (const tag of readMigrations().map((m) => m.tag))
      expect(r.stdout).toContain(`-- ===== migration ${tag} =====`);
  });

  it('exits 1 with one line on stderr when the server cannot be reached', async () => {
    const r = await cliBinary(['status', '--database-url', 'postgres://postgres@127.0.0.1:1/x']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^error: cannot reach PostgreSQL at 127\.0\.0\.1:1 \(ECONNREFUSED\)[^\n]*\n$/);
  });
});
