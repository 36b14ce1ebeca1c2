import { migrationStatus } from '../../migrate/index.js';
import { seed } from '../../seed/index.js';
import { CliError } from '../args.js';
import type { Context } from '../context.js';
import { duration, plural } from '../output.js';

export async function seedCommand(ctx: Context): Promise<number> {
  const { out } = ctx;
  const { bold, dim, green } = out.paint;
  const target = await ctx.connect();
  try {
    const status = await migrationStatus(target.db, { migrationsFolder: ctx.migrationsFolder });
    if (status.pending.length) {
      throw new CliError(
        `the database has ${plural(status.pending.length, 'pending migration')}: run \`saas-schema migrate --seed\` instead`,
      );
    }
    const stop = out.progress('seeding');
    const done = await seed(target.db, {
      seedsFolder: ctx.seedsFolder,
      adminEmail: ctx.adminEmail,
      onSeed: (module, ms) => out.line(`  ${green('✓')} seed ${module.padEnd(27)} ${dim(duration(ms))}`),
    }).finally(stop);
    out.line(
      bold(
        done.length
          ? `Seeded ${plural(done.length, 'module')} (idempotent: running it again changes nothing).`
          : 'No module has seed data yet: nothing to do.',
      ),
    );
    return 0;
  } finally {
    await target.close();
  }
}
