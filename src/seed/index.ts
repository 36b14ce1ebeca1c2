/**
 * Seeds: the catalogue data of each module, as `seeds/<module>.sql` (shipped with the package).
 * Every statement is written to be idempotent (`ON CONFLICT ... DO NOTHING` or an equivalent), so
 * seeding again changes nothing. All files run in one transaction, in module order.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import type { Database } from '../db.js';
import { splitStatements, terminated } from '../migrate/sql-statements.js';
import { type Module, modules } from '../modules.js';

/** The `seeds/` folder shipped in this package. */
export const defaultSeedsFolder = fileURLToPath(new URL('../../seeds', import.meta.url));

export type SeedOptions = {
  seedsFolder?: string;
  /** Called after each module's seed file with its run time. */
  onSeed?: (module: Module, durationMs: number) => void;
};

/** The seed files of the folder, in module order (a module without seed data has none). */
function seedFiles(folder = defaultSeedsFolder): { module: Module; path: string }[] {
  return modules
    .map((module) => ({ module, path: `${folder}/${module}.sql` }))
    .filter(({ path }) => existsSync(path));
}

/** Every module's seed file as one SQL script (statements `;`-terminated), for `psql`. */
export function seedsSql(options: Pick<SeedOptions, 'seedsFolder'> = {}): string {
  const out: string[] = [];
  for (const { module, path } of seedFiles(options.seedsFolder)) {
    out.push(`-- ===== seeds/${module}.sql =====`);
    out.push(...splitStatements(readFileSync(path, 'utf8')).map(terminated));
  }
  return out.length ? `${out.join('\n')}\n` : '';
}

/** Runs every module's seed file. Requires a migrated database. */
export async function seed(
  db: Database,
  options: SeedOptions = {},
): Promise<{ module: Module; durationMs: number }[]> {
  const files = seedFiles(options.seedsFolder);
  return db.transaction(async (tx) => {
    const done: { module: Module; durationMs: number }[] = [];
    for (const { module, path } of files) {
      const started = performance.now();
      for (const statement of splitStatements(readFileSync(path, 'utf8'))) {
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
