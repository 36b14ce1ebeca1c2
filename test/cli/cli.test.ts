/**
 * The `saas-schema` CLI, driven as a user would, run in process (`runCli`, what the binary calls;
 * the binary itself: binary.test.ts) on the suite's engine: a PGlite folder, or a database on the
 * PostgreSQL server when DATABASE_URL is set.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultMigrationsFolder, readMigrations } from '../../src/migrate/index.js';
import { cli, cliTargets, fixtureSeeds } from '../support/cli.js';
import { copyPgliteFolder, onServer } from '../support/database.js';
import { scratchDir } from '../support/scratch.js';

const shipped = readMigrations().map((m) => m.tag);
const target = cliTargets();
const temp = scratchDir('saas-schema-cli-test-');
afterAll(() => rmSync(temp, { recursive: true, force: true }));

type Status = {
  migrations: { applied: { tag: string }[]; pending: string[] };
  modules: Record<string, { tables: { present: number }; seededRows: number | null }>;
};

// A full migrate on PGlite takes seconds: tests start from the migrated snapshot where they can.
describe('saas-schema', { timeout: 120_000 }, () => {
  it('migrate, migrate again, seed twice, status, verify, rollback refused without --yes', async () => {
    const t = await target();
    const first = await t.cli(['migrate', '--seed']);
    expect(first.stderr).toBe('');
    expect(first.code).toBe(0);
    for (const tag of shipped) expect(first.stdout).toMatch(new RegExp(`✓ ${tag} +\\d+(\\.\\d)? m?s`));
    expect(first.stdout).toMatch(new RegExp(`Applied ${shipped.length} migrations in [\\d.]+ m?s`));

    const again = await t.cli(['migrate']);
    expect(again.code).toBe(0);
    expect(again.stdout).toContain('Nothing to migrate: the database is up to date.');

    const seeds = fixtureSeeds(temp);
    const withSeeds = (args: string[]) => t.cli(args, { env: { SAAS_SCHEMA_SEEDS_DIR: seeds } });
    const statusJson = async () => {
      const r = await withSeeds(['status', '--json']);
      expect(r.code).toBe(0);
      return JSON.parse(r.stdout) as Status;
    };
    const unseeded = await withSeeds(['verify']);
    expect(unseeded.code).toBe(1);
    expect(unseeded.stdout).toContain('✗ seed data of core is missing: public.webhook_events is empty');

    const seededRun = await withSeeds(['migrate', '--seed']);
    expect(seededRun.stdout).toMatch(/✓ seed core +\d+(\.\d)? m?s/);
    expect(seededRun.stdout).toContain(
      'Nothing to migrate: the database is up to date; seeded 1 module (core).',
    );
    const seeded = await statusJson();
    expect(seeded.modules.core?.seededRows).toBe(1);
    const events = () => t.query(sql`select event_id from public.webhook_events order by event_id`);
    for (let i = 0; i < 2; i++) {
      const s = await withSeeds(['seed']);
      expect(s.code, s.stderr).toBe(0);
      expect(s.stdout).toContain('Seeded 1 module');
    }
    expect(await statusJson()).toEqual(seeded);
    expect(await events()).toEqual([{ event_id: 'fixture-1' }]);

    expect(seeded.migrations.applied.map((a) => a.tag)).toEqual(shipped);
    expect(seeded.migrations.pending).toEqual([]);
    expect(seeded.modules.core?.tables.present).toBe(2); // users, user_credentials

    const status = await t.cli(['status']);
    expect(status.code).toBe(0);
    expect(status.stdout).toContain(`Migrations: ${shipped.length} applied, 0 pending (up to date)`);
    expect(status.stdout).toMatch(/module +tables +RLS policies +functions +triggers +seeded rows/);
    expect(status.stdout).toMatch(/core +2\/2 +5\/5 +\d+\/\d+ +\d+\/\d+ +-/);

    const verify = await withSeeds(['verify']);
    expect(verify.code, verify.stdout).toBe(0);
    expect(verify.stdout).toContain('OK: everything the package expects is present');

    const refused = await t.cli(['rollback']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(
      `error: refusing to roll back 1 migration (${shipped.at(-1)}) without confirmation: stdin is not a terminal; pass --yes to confirm\n`,
    );
    expect(await statusJson()).toEqual(seeded);
  });

  it('a failing migration: its name, statement and the database message; nothing of the run applied', async () => {
    const t = await target({ migrated: true });
    const folder = join(temp, 'broken-migrations');
    cpSync(defaultMigrationsFolder, folder, { recursive: true });
    const journalPath = join(folder, 'meta/_journal.json');
    const journal = JSON.parse(readFileSync(journalPath, 'utf8'));
    const idx = journal.entries.length;
    const tag = `${String(idx).padStart(4, '0')}_broken`;
    journal.entries.push({ idx, version: '7', when: Date.now(), tag, breakpoints: true });
    writeFileSync(journalPath, JSON.stringify(journal));
    writeFileSync(
      join(folder, `${tag}.sql`),
      'CREATE TABLE public.half_done (id int);\n--> statement-breakpoint\nSELECT * FROM no_such_table;\n',
    );
    // Two good migrations before the broken one in the same run: none of the three stays.
    expect((await t.cli(['rollback', '--steps', '2', '--yes'])).code).toBe(0);
    const before = await t.snapshot();
    const r = await t.cli(['migrate', '--migrations', folder]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `error: migration ${tag} failed: relation "no_such_table" does not exist; statement: SELECT * FROM no_such_table; ` +
        '(rolled back: the database is as it was before this run)\n',
    );
    expect(await t.snapshot()).toEqual(before);
    // The same through the environment variable.
    const env = await t.cli(['migrate'], { env: { SAAS_SCHEMA_MIGRATIONS_DIR: folder } });
    expect(env.code).toBe(1);
    expect(await t.snapshot()).toEqual(before);
  });

  // On a server the second waits on the advisory lock; on PGlite on the data folder's lock file.
  it('two migrate runs at once: one applies everything, the other waits and finds nothing pending', async () => {
    const t = await target();
    const [a, b] = await Promise.all([t.cli(['migrate']), t.cli(['migrate'])]);
    expect([a.code, b.code]).toEqual([0, 0]);
    const outputs = [a.stdout, b.stdout].sort();
    expect(outputs.filter((o) => o.includes(`Applied ${shipped.length} migrations`))).toHaveLength(1);
    expect(outputs.filter((o) => o.includes('Nothing to migrate'))).toHaveLength(1);
    const [{ n } = { n: 0 }] = await t.query<{ n: number }>(
      sql`select count(*)::int as n from saas_schema.migrations`,
    );
    expect(n).toBe(shipped.length);
  });

  it('usage errors: unknown command or option, with usage, exit 2; --help and --version', async () => {
    const unknown = await cli(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/^error: unknown command 'frobnicate'\n\nUsage: saas-schema <command>/);
    const flag = await cli(['migrate', '--frob']);
    expect(flag.code).toBe(2);
    expect(flag.stderr).toMatch(/^error: unknown option --frob\n\nUsage: saas-schema migrate/);
    const misplaced = await cli(['status', '--yes']);
    expect(misplaced.code).toBe(2);
    expect(misplaced.stderr).toMatch(/^error: unknown option --yes for 'status'/);
    const steps = await cli(['rollback', '--steps', 'two']);
    expect(steps.code).toBe(2);
    expect(steps.stderr).toMatch(/^error: --steps needs a positive integer, got 'two'/);
    const none = await cli([]);
    expect(none.code).toBe(2);
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: saas-schema <command> \[options\]/);
    for (const c of ['migrate', 'seed', 'rollback', 'status', 'sql', 'verify'])
      expect(help.stdout).toContain(`  ${c} `);
    const commandHelp = await cli(['rollback', '--help']);
    expect(commandHelp.code).toBe(0);
    expect(commandHelp.stdout).toMatch(/^Usage: saas-schema rollback \[options\]/);
    expect(commandHelp.stdout).toContain('--steps N');
    const both = await cli(['status', '--pglite', 'x', '--database-url', 'postgres://h/x']);
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/^error: use either --database-url or --pglite, not both/);
    const version = await cli(['--version']);
    expect(version.stdout.trim()).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
  });

  it('an unreachable server: the host it tried and a hint, exit 1', async () => {
    const r = await cli(['migrate', '--database-url', 'postgres://postgres@127.0.0.1:1/x']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(
      /^error: cannot reach PostgreSQL at 127\.0\.0\.1:1 \(ECONNREFUSED\)\. Is the server running there\?.*DATABASE_URL.*PGlite.*\n$/,
    );
    // A password in the URL is never printed.
    const secret = await cli(['status', '--database-url', 'postgres://me:s3cret-pw@127.0.0.1:1/x']);
    expect(secret.code).toBe(1);
    expect(secret.stderr).not.toContain('s3cret-pw');
    // DATABASE_URL is the default target.
    const env = await cli(['status'], { env: { DATABASE_URL: 'postgres://postgres@127.0.0.1:1/x' } });
    expect(env.stderr).toMatch(/^error: cannot reach PostgreSQL at 127\.0\.0\.1:1/);
  });

  it('with no target, uses ./.saas-schema/pglite and says so', async () => {
    const cwd = mkdtempSync(join(temp, 'project-'));
    copyPgliteFolder(join(cwd, '.saas-schema/pglite'), { migrated: false });
    const r = await cli(['sql', '--out', 'all-migrations.sql'], { cwd });
    expect(r.code).toBe(0);
    expect(readFileSync(join(cwd, 'all-migrations.sql'), 'utf8')).toMatch(/^BEGIN;$/m);
    const s = await cli(['status', '--json'], { cwd });
    expect(s.code).toBe(0);
    expect(s.stderr).toContain('Using the embedded PGlite database in .saas-schema/pglite');
    expect(JSON.parse(s.stdout).migrations.pending).toEqual(shipped);
  });

  it('--quiet: nothing on stdout or stderr when all goes well', async () => {
    const t = await target({ migrated: true });
    expect(await t.cli(['migrate', '--seed', '--quiet'])).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(await t.cli(['verify', '-q'])).toEqual({ code: 0, stdout: '', stderr: '' });
    expect(await t.cli(['seed', '-q'])).toEqual({ code: 0, stdout: '', stderr: '' });
  });
});

describe.skipIf(!onServer())('saas-schema on a PostgreSQL server', { timeout: 60_000 }, () => {
  it('authentication failure (a role that does not exist), exit 1', async () => {
    const url = new URL(process.env.DATABASE_URL!);
    url.username = 'nobody_saas_schema';
    url.password = '';
    const r = await cli(['status', '--database-url', url.toString()]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(
      /^error: authentication failed for user 'nobody_saas_schema' at .*: role "nobody_saas_schema" does not exist/,
    );
  });
});
