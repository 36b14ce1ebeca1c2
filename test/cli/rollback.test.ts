/**
 * Rollback and dry run through the built binary, compared from the catalogue (a file of its own so
 * it runs in parallel with test/cli/cli.test.ts: on PGlite every CLI run is a fresh process).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { readMigrations } from '../../src/migrate/index.js';
import { type CliTarget, cli, cliTarget } from '../support/cli.js';

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
  it('rolls back one step at a time to zero (each back to the schema before it) and up again', async () => {
    const t = await target();
    const before: Awaited<ReturnType<CliTarget['snapshot']>>[] = [await t.snapshot()];
    for (const tag of shipped) {
      const r = await cli(['migrate', '--steps', '1', ...t.args]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain(`✓ ${tag}`);
      before.push(await t.snapshot());
    }
    const migrated = before.at(-1);
    for (let i = shipped.length - 1; i >= 0; i--) {
      const r = await cli(['rollback', '--steps', '1', '--yes', ...t.args]);
      expect(r.code, r.stderr).toBe(0);
      expect(r.stdout).toContain(`↩ ${shipped[i]}`);
      const after = await t.snapshot();
      expect(after, `after rolling back ${shipped[i]}`).toEqual(before[i]);
    }
    const none = await cli(['rollback', '--yes', ...t.args]);
    expect(none.stdout).toContain('Nothing to roll back');

    expect((await cli(['migrate', ...t.args])).code).toBe(0);
    expect(await t.snapshot()).toEqual(migrated);
    const all = await cli(['rollback', '--all', '--yes', ...t.args]);
    expect(all.code).toBe(0);
    expect(all.stdout).toContain(`Rolled back ${shipped.length} migrations; no migration is applied.`);
    expect(await t.snapshot()).toEqual(before[0]);
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
