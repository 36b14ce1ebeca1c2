import { relative } from 'node:path';
import type { ParsedArgs } from './args.js';
import type { Output } from './output.js';
import { connect, DEFAULT_PGLITE_DIR, type Target } from './target.js';

export type Context = {
  values: ParsedArgs['values'];
  out: Output;
  /** The migrations folder (hidden `--migrations` flag or SAAS_SCHEMA_MIGRATIONS_DIR; default: shipped). */
  migrationsFolder: string | undefined;
  /** The seeds folder (hidden `--seeds` flag or SAAS_SCHEMA_SEEDS_DIR; default: shipped). */
  seedsFolder: string | undefined;
  /** Connects to the target, saying which one (and that it is the embedded PGlite by default). */
  connect(): Promise<Target>;
};

export function makeContext(values: ParsedArgs['values'], out: Output): Context {
  const migrationsFolder =
    (values.migrations as string | undefined) ?? (process.env.SAAS_SCHEMA_MIGRATIONS_DIR || undefined);
  const seedsFolder =
    (values.seeds as string | undefined) ?? (process.env.SAAS_SCHEMA_SEEDS_DIR || undefined);
  return {
    values,
    out,
    migrationsFolder,
    seedsFolder,
    async connect() {
      const databaseUrl = values['database-url'] as string | undefined;
      const pglite = values.pglite as string | undefined;
      const stop = out.progress('connecting');
      let target: Target;
      try {
        target = await connect({ databaseUrl, pglite }, (message) => out.line(`${message}…`));
      } finally {
        stop();
      }
      if (target.kind === 'pglite' && !pglite) {
        out.line(
          `Using the embedded PGlite database in ${relative(process.cwd(), DEFAULT_PGLITE_DIR)} ` +
            '(set DATABASE_URL or --database-url to use a PostgreSQL server)',
        );
      } else {
        out.line(`Database: ${target.label}`);
      }
      return target;
    },
  };
}
