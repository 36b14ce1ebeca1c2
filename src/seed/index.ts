/**
 * Seeds: the catalogue data of each module, `src/modules/<module>/seed.sql` (shipped with the
 * package). Every statement is written to be idempotent (`ON CONFLICT ... DO NOTHING` or an
 * equivalent), so seeding again changes nothing. All files run in one transaction, in module
 * order; statements are split with PostgreSQL's parser.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import type { Database } from '../db.js';
import { type Module, modules } from '../modules.js';
import { splitStatements } from '../sql/parse.js';

/** The module folders shipped in this package (`src/modules`, next to `dist/`). */
const shippedModules = fileURLToPath(new URL('../../src/modules', import.meta.url));

export type SeedOptions = {
  /** A folder of `<module>.sql` files to seed from instead of the package's own. */
  seedsFolder?: string;
  /**
   * Email of the marketplace's admin user (created if absent, given the admin role). Default:
   * `SAAS_SCHEMA_ADMIN_EMAIL`, else `admin@example.com`.
   */
  adminEmail?: string;
  /** Called after each module's seed file with its run time. */
  onSeed?: (module: Module, durationMs: number) => void;
};

/** The seed files, in module order (a module without seed data has none). */
export function seedFiles(folder?: string): { module: Module; path: string }[] {
  return modules
    .map((module) => ({
      module,
      path: folder ? `${folder}/${module}.sql` : `${shippedModules}/${module}/seed.sql`,
    }))
    .filter(({ path }) => existsSync(path));
}

async function statementsOf(path: string): Promise<string[]> {
  return splitStatements(readFileSync(path, 'utf8'), path);
}

/** Every module's seed file as one SQL script, for `psql`. */
export async function seedsSql(options: Pick<SeedOptions, 'seedsFolder'> = {}): Promise<string> {
  const out: string[] = [];
  for (const { module, path } of seedFiles(options.seedsFolder)) {
    out.push(`-- ===== seed: ${module} =====`, ...(await statementsOf(path)));
  }
  return out.length ? `${out.join('\n')}\n` : '';
}

/** Runs every module's seed file. Requires a migrated database. */
export async function seed(
  db: Database,
  options: SeedOptions = {},
): Promise<{ module: Module; durationMs: number }[]> {
  const files = await Promise.all(
    seedFiles(options.seedsFolder).map(async (f) => ({ ...f, statements: await statementsOf(f.path) })),
  );
  const adminEmail = options.adminEmail ?? process.env.SAAS_SCHEMA_ADMIN_EMAIL ?? 'admin@example.com';
  return db.transaction(async (tx) => {
    await tx.execute(sql`select set_config('saas_schema.admin_email', ${adminEmail}, true)`);
    const done: { module: Module; durationMs: number }[] = [];
    for (const { module, statements } of files) {
      const started = performance.now();
      for (const statement of statements) {
        try {
          await tx.execute(sql.raw(statement));
        } catch (error) {
          const cause = (error as { cause?: unknown }).cause ?? error;
          throw new Error(`seed ${module} failed: ${cause instanceof Error ? cause.message : cause}`, {
            cause,
          });
        }
      }
      const durationMs = performance.now() - started;
      done.push({ module, durationMs });
      options.onSeed?.(module, durationMs);
    }
    return done;
  });
}
