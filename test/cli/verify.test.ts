/**
 * `saas-schema verify` (and the `sql` script it must find complete), in process on the suite's
 * engine: what it reports missing or changed, and that a database built from `sql` is clean.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { readMigrations } from '../../src/migrate/index.js';
import { cli, cliTargets, fixtureSeeds } from '../support/cli.js';
import { scratchDir } from '../support/scratch.js';

const shipped = readMigrations().map((m) => m.tag);
const target = cliTargets();
const temp = scratchDir('saas-schema-verify-test-');
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('saas-schema verify', { timeout: 120_000 }, () => {
  it('verify lists what is missing and exits 1 (and migrate logs to public.logs)', async () => {
    const t = await target({ migrated: true });
    // Seed 000's "check migration status" query.
    const logged = await t.query<{ message: string }>(
      sql`SELECT * FROM logs WHERE message LIKE 'Migration%' ORDER BY created_at DESC, id DESC LIMIT 5`,
    );
    // The query shows the five newest.
    // Logged from the migration creating `logs` (the marketplace's) on.
    expect(logged.map((l) => l.message)).toEqual(
      shipped
        .slice(shipped.findIndex((tag) => tag.endsWith('_marketplace')))
        .map((tag) => `Migration ${tag} applied`)
        .reverse()
        .slice(0, 5),
    );
    await t.query(sql`drop policy users_delete_admin on public.users`);
    await t.query(sql`drop trigger guard_columns on public.users`);
    await t.query(sql`drop policy "Users can read own files" on storage.objects`);
    const r = await t.cli(['verify']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('✗ policy users_delete_admin on public.users is missing');
    expect(r.stdout).toContain('✗ trigger guard_columns on public.users is missing');
    expect(r.stdout).toContain('✗ policy Users can read own files on storage.objects is missing');
    expect(r.stdout).toContain('3 problems found');
    const json = JSON.parse((await t.cli(['verify', '--json'])).stdout);
    expect(json.ok).toBe(false);
    expect(json.problems).toHaveLength(3);
  });

  it('verify reports a function whose body, SECURITY DEFINER or settings were changed', async () => {
    const t = await target({ migrated: true });
    expect((await t.cli(['verify'])).code).toBe(0);
    await t.query(
      sql`create or replace function saas_private.is_admin() returns boolean language sql stable
          set search_path = pg_catalog, pg_temp as 'select true'`,
    );
    await t.query(
      sql`alter function public.search_plugins(text, public.plugin_tier, text, text, text, integer) security invoker`,
    );
    await t.query(sql`alter function public.has_active_subscription(uuid) reset search_path`);
    const r = await t.cli(['verify']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("✗ function saas_private.is_admin() differs from the package's: its body");
    expect(r.stdout).toContain(
      "✗ function public.search_plugins() differs from the package's: SECURITY DEFINER removed",
    );
    expect(r.stdout).toContain(
      "✗ function public.has_active_subscription() differs from the package's: its settings (none; expected search_path=pg_catalog, pg_temp)",
    );
    expect(r.stdout).toContain('3 problems found');
  });

  it('verify reports a policy whose roles or command were changed', async () => {
    const t = await target({ migrated: true });
    await t.query(sql`alter policy invoices_select_authenticated on public.invoices to public`);
    await t.query(sql`drop policy plugins_update_authenticated on public.plugins`);
    await t.query(
      sql`create policy plugins_update_authenticated on public.plugins for all to authenticated
          using (author_id = (select auth.uid()))`,
    );
    const r = await t.cli(['verify']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(
      "✗ policy invoices_select_authenticated on public.invoices differs from the package's: its roles (public; expected authenticated)",
    );
    expect(r.stdout).toContain(
      "✗ policy plugins_update_authenticated on public.plugins differs from the package's: its command (ALL; expected UPDATE)",
    );
    expect(r.stdout).toContain('2 problems found');
  });

  it('sql output applied with psql (exec on PGlite): verify is clean and migrate finds nothing pending', async () => {
    const t = await target();
    const file = join(temp, 'all-migrations.sql');
    // With --seed: the seeds run in the same transaction, so verify's seed check holds too.
    const env = { SAAS_SCHEMA_SEEDS_DIR: fixtureSeeds(temp) };
    const out = await cli(['sql', '--seed'], { env });
    expect(out.stdout).toContain('-- ===== seed: core =====');
    expect(out.code).toBe(0);
    writeFileSync(file, out.stdout);
    await t.applyScript(file);
    const verify = await t.cli(['verify'], { env });
    expect(verify.code, verify.stdout).toBe(0);
    expect(await t.query(sql`select event_id from public.webhook_events`)).toEqual([
      { event_id: 'fixture-1' },
    ]);
    const migrate = await t.cli(['migrate']);
    expect(migrate.stdout).toContain('Nothing to migrate');
    // Applied again, the script refuses and changes nothing.
    const before = await t.snapshot();
    await expect(t.applyScript(file)).rejects.toThrow(/already has saas-schema migrations applied/);
    expect(await t.snapshot()).toEqual(before);
  });
});
