/**
 * Rollback and dry run, compared from the catalogue: the step-by-step walk with the library, the
 * CLI's own behaviour with a few runs (in process, as the other CLI tests).
 */
import { describe, expect, it } from 'vitest';
import { migrate, readMigrations, rollback } from '../../src/migrate/index.js';
import { type CatalogSnapshot, catalogSnapshot } from '../support/catalog.js';
import { cliTargets } from '../support/cli.js';
import { createTestDatabase } from '../support/database.js';

const shipped = readMigrations().map((m) => m.tag);
const target = cliTargets();
type Status = { migrations: { pending: string[] } };

describe('saas-schema rollback and dry run', { timeout: 120_000 }, () => {
  it('rolls back one step at a time to zero, each back to the schema before it (in process)', async () => {
    const t = await createTestDatabase({ migrated: false });
    try {
      const before: CatalogSnapshot[] = [await catalogSnapshot(t.db)];
      for (const tag of shipped) {
        expect((await migrate(t.db, { steps: 1 })).applied.map((m) => m.tag)).toEqual([tag]);
        before.push(await catalogSnapshot(t.db));
      }
      for (let i = shipped.length - 1; i >= 0; i--) {
        await rollback(t.db, { steps: 1 });
        expect(await catalogSnapshot(t.db), `after rolling back ${shipped[i]}`).toEqual(before[i]);
      }
    } finally {
      await t.close();
    }
  });

  it('rollback: one step, all, nothing left, and migrate again to the same schema', async () => {
    const t = await target({ migrated: true });
    const empty = await (await target()).snapshot();
    const migrated = await t.snapshot();
    const one = await t.cli(['rollback', '--steps', '1', '--yes']);
    expect(one.code, one.stderr).toBe(0);
    expect(one.stdout).toContain(`↩ ${shipped.at(-1)}`);
    const all = await t.cli(['rollback', '--all', '--yes']);
    expect(all.code).toBe(0);
    expect(all.stdout).toContain(`Rolled back ${shipped.length - 1} migrations; no migration is applied.`);
    expect(await t.snapshot()).toEqual(empty);
    const none = await t.cli(['rollback', '--yes']);
    expect(none.stdout).toContain('Nothing to roll back');
    expect((await t.cli(['migrate'])).code).toBe(0);
    expect(await t.snapshot()).toEqual(migrated);
  });

  it('migrate --dry-run prints the pending SQL and leaves the schema unchanged', async () => {
    const t = await target();
    expect((await t.cli(['migrate', '--steps', '2'])).code).toBe(0);
    const before = await t.snapshot();
    const dry = await t.cli(['migrate', '--dry-run']);
    expect(dry.code).toBe(0);
    expect(dry.stderr).toContain(`Dry run: ${shipped.length - 2} migrations would be applied`);
    expect(dry.stdout).toContain('CREATE TABLE "users"');
    for (const tag of shipped.slice(2)) expect(dry.stdout).toContain(`-- ===== migration ${tag} =====`);
    for (const tag of shipped.slice(0, 2)) expect(dry.stdout).not.toContain(`migration ${tag} `);
    expect(await t.snapshot()).toEqual(before);
    const status = JSON.parse((await t.cli(['status', '--json'])).stdout) as Status;
    expect(status.migrations.pending).toEqual(shipped.slice(2));
  });
});
