import { writeFileSync } from 'node:fs';
import { migrationsSql, readMigrations } from '../../migrate/index.js';
import { seedsSql } from '../../seed/index.js';
import type { Context } from '../context.js';
import { plural } from '../output.js';

export async function sqlCommand(ctx: Context): Promise<number> {
  const { values, out } = ctx;
  const script = migrationsSql({
    migrationsFolder: ctx.migrationsFolder,
    append: values.seed ? await seedsSql({ seedsFolder: ctx.seedsFolder }) : undefined,
  });
  const file = values.out as string | undefined;
  if (!file) {
    out.data(script);
    return 0;
  }
  writeFileSync(ctx.path(file), script);
  const count = readMigrations(ctx.migrationsFolder).length;
  out.line(
    `Wrote ${plural(count, 'migration')}${values.seed ? ' and the seeds' : ''} to ${file}. Apply with:`,
  );
  out.line(`  psql "$DATABASE_URL" -v ON_ERROR_STOP=1 -f ${file}`);
  return 0;
}
