/**
 * Rollback and dry run, compared from the catalogue: the step-by-step walk in process, the
 * binary's own behaviour with a few runs (on PGlite every CLI run is a fresh process).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { migrate, readMigrations, rollback } from '../../src/migrate/index.js';
import { type CatalogSnapshot, catalogSnapshot } from '../support/catalog.js';
import { type CliTarget, cli, cliTarget } from '../support/cli.js';
import { createTestDatabase } from '../support/database.js';

const shipped = readMigrations().map((m) => m.tag);
const opened: CliTarget[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((t) => t.close()));
});
async function target() {
  const t = await cliTarget();
  opened.push(t);
  return t;
}
type Status = { migrations: { pending: string[] } };

describe('saas-schema rollback and dry run (built binary)', { timeout: 180_000 }, () => {
  it('rolls back one step at a time to zero, each back to the schema before it (in process)', async () => {
    // The walk runs in process: 2 × 18 CLI processes, each starting PGlite, took minutes.
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

  it('rollback with the binary: one step, nothing left, all, and migrate again to the same schema', async () => {
    const t = await target();
    const empty = await t.snapshot();
    expect((await cli(['migrate', ...t.args])).code).toBe(0);
    const migrated = await t.snapshot();
    const one = await cli(['rollback', '--steps', '1', '--yes', ...t.args]);
    expect(one.code, one.stderr).toBe(0);
    expect(one.stdout).toContain(`↩ ${shipped.at(-1)}`);
    const all = await cli(['rollback', '--all', '--yes', ...t.args]);
    expect(all.code).toBe(0);
    expect(all.stdout).toContain(`Rolled back ${shipped.length - 1} migrations; no migration is applied.`);
    expect(await t.snapshot()).toEqual(empty);
    const none = await cli(['rollback', '--yes', ...t.args]);
    expect(none.stdout).toContain('Nothing to roll back');
    expect((await cli(['migrate', ...t.args])).code).toBe(0);
    expect(await t.snapshot()).toEqual(migrated);
  });

  it('migrate --dry-run prints the pending SQL and leaves the schema unchanged', async () => {
    const t = await target();
    expect((await cli(['migrate', '--steps', '2', ...t.args])).code).toBe(0);
    const before = await t.snapshot();
    const dry = await cli(['migrate', '--dry-run', ...t.args]);
    expect(dry.code).toBe(0);
    expect(dry.stderr).toContain(`Dry run: ${shipped.length - 2} migrations would be applied`);
    expect(dry.stdout).toContain('CREATE TABLE "users"');
    for (const tag of shipped.slice(2)) expect(dry.stdout).toContain(`-- ===== migration ${tag} =====`);
    for (const tag of shipped.slice(0, 2)) expect(dry.stdout).not.toContain(`migration ${tag} `);
    expect(await t.snapshot()).toEqual(before);
    const status = JSON.parse((await cli(['status', '--json', ...t.args])).stdout) as Status;
    expect(status.migrations.pending).toEqual(shipped.slice(2));
  });
});
