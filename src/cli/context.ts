import { relative, resolve } from 'node:path';
import type { ParsedArgs } from './args.js';
import type { Io } from './io.js';
import type { Output } from './output.js';
import { connect, DEFAULT_PGLITE_DIR, type Target } from './target.js';

export type Context = {
  values: ParsedArgs['values'];
  out: Output;
  io: Io;
  /** A path the user gave, resolved against the run's working directory. */
  path(file: string): string;
  /** The admin user's email for the seeds (SAAS_SCHEMA_ADMIN_EMAIL; the seeds' default otherwise). */
  adminEmail: string | undefined;
  /** The migrations folder (hidden `--migrations` flag or SAAS_SCHEMA_MIGRATIONS_DIR; default: shipped). */
  migrationsFolder: string | undefined;
  /** The seeds folder (hidden `--seeds` flag or SAAS_SCHEMA_SEEDS_DIR; default: shipped). */
  seedsFolder: string | undefined;
  /** Connects to the target, saying which one (and that it is the embedded PGlite by default). */
  connect(): Promise<Target>;
};

export function makeContext(values: ParsedArgs['values'], out: Output, io: Io): Context {
  const path = (file: string) => resolve(io.cwd, file);
  const folder = (flag: unknown, variable: string) => {
    const given = (flag as string | undefined) ?? (io.env[variable] || undefined);
    return given === undefined ? undefined : path(given);
  };
  return {
    values,
    out,
    io,
    path,
    adminEmail: io.env.SAAS_SCHEMA_ADMIN_EMAIL || undefined,
    migrationsFolder: folder(values.migrations, 'SAAS_SCHEMA_MIGRATIONS_DIR'),
    seedsFolder: folder(values.seeds, 'SAAS_SCHEMA_SEEDS_DIR'),
    async connect() {
      const databaseUrl = values['database-url'] as string | undefined;
      const pglite = values.pglite as string | undefined;
      const stop = out.progress('connecting');
      let target: Target;
      try {
        target = await connect({ databaseUrl, pglite }, io, (message) => out.line(`${message}…`));
      } finally {
        stop();
      }
      if (target.kind === 'pglite' && !pglite) {
        out.line(
          `Using the embedded PGlite database in ${relative(io.cwd, path(DEFAULT_PGLITE_DIR))} ` +
            '(set DATABASE_URL or --database-url to use a PostgreSQL server)',
        );
      } else {
        out.line(`Database: ${target.label}`);
      }
      return target;
    },
  };
}
