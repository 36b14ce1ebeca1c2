import { migrate } from '../../migrate/index.js';
import { seed } from '../../seed/index.js';
import { stepsValue } from '../args.js';
import type { Context } from '../context.js';
import { duration, plural } from '../output.js';

export async function migrateCommand(ctx: Context): Promise<number> {
  const { values, out } = ctx;
  const { bold, dim, green } = out.paint;
  const steps = stepsValue(values.steps);
  const target = await ctx.connect();
  try {
    if (values['dry-run']) {
      const plan = await migrate(target.db, { migrationsFolder: ctx.migrationsFolder, dryRun: true, steps });
      const pending = plan.pending ?? [];
      if (!pending.length) {
        out.line('Dry run: nothing to apply, the database is up to date.');
        return 0;
      }
      out.line(`Dry run: ${plural(pending.length, 'migration')} would be applied (nothing was changed):`);
      for (const m of pending) out.line(`  ${m.tag}`);
      out.data(`-- Dry run: the SQL \`saas-schema migrate\` would run, in one transaction.\n${plan.sql}`);
      if (values.seed) out.line('Then the seeds of every module would run.');
      return 0;
    }
    const started = performance.now();
    let stop = out.progress('applying migrations');
    const result = await migrate(target.db, {
      migrationsFolder: ctx.migrationsFolder,
      steps,
      onMigration: (m, ms) => {
        stop();
        out.line(`  ${green('✓')} ${m.tag.padEnd(32)} ${dim(duration(ms))}`);
        stop = out.progress('applying migrations');
      },
    }).finally(() => stop());
    const applied = result.applied.length;
    let seeded = '';
    if (values.seed) {
      const stopSeed = out.progress('seeding');
      const done = await seed(target.db, {
        seedsFolder: ctx.seedsFolder,
        adminEmail: ctx.adminEmail,
        onSeed: (module, ms) => out.line(`  ${green('✓')} seed ${module.padEnd(27)} ${dim(duration(ms))}`),
      }).finally(stopSeed);
      seeded = done.length
        ? `; seeded ${plural(done.length, 'module')} (${done.map((d) => d.module).join(', ')})`
        : '; no module has seed data yet';
    }
    const total = duration(performance.now() - started);
    out.line(
      bold(
        applied
          ? `Applied ${plural(applied, 'migration')} in ${total}${seeded}.`
          : `Nothing to migrate: the database is up to date${seeded}.`,
      ),
    );
    return 0;
  } finally {
    await target.close();
  }
}
