import { createInterface } from 'node:readline/promises';
import { migrationStatus, rollback } from '../../migrate/index.js';
import { CliError, stepsValue } from '../args.js';
import type { Context } from '../context.js';
import type { Io } from '../io.js';
import { duration, plural } from '../output.js';

async function confirm(io: Io, question: string): Promise<boolean> {
  const rl = createInterface({ input: io.stdin, output: io.stderr as NodeJS.WritableStream });
  try {
    return /^y(es)?$/i.test((await rl.question(`${question} [y/N] `)).trim());
  } finally {
    rl.close();
  }
}

export async function rollbackCommand(ctx: Context): Promise<number> {
  const { values, out } = ctx;
  const { bold, dim, yellow } = out.paint;
  if (values.all && values.steps !== undefined) throw new CliError('use either --steps N or --all', 2, true);
  const steps = values.all ? ('all' as const) : (stepsValue(values.steps) ?? 1);
  const target = await ctx.connect();
  try {
    const { applied } = await migrationStatus(target.db, { migrationsFolder: ctx.migrationsFolder });
    const undo = applied
      .slice()
      .reverse()
      .slice(0, steps === 'all' ? undefined : steps)
      .map((a) => a.tag);
    if (!undo.length) {
      out.line('Nothing to roll back: no migration is applied.');
      return 0;
    }
    const what = `${plural(undo.length, 'migration')} (${undo.join(', ')})`;
    if (!values.yes) {
      if (!ctx.io.stdin.isTTY) {
        throw new CliError(
          `refusing to roll back ${what} without confirmation: stdin is not a terminal; pass --yes to confirm`,
        );
      }
      const ok = await confirm(
        ctx.io,
        `${yellow('Roll back')} ${what} on ${target.label}? Their tables and data are dropped.`,
      );
      if (!ok) {
        out.line('Rollback cancelled; nothing was changed.');
        return 1;
      }
    }
    let stop = out.progress('rolling back');
    const result = await rollback(target.db, {
      migrationsFolder: ctx.migrationsFolder,
      steps,
      onMigration: (m, ms) => {
        stop();
        out.line(`  ${yellow('↩')} ${m.tag.padEnd(32)} ${dim(duration(ms))}`);
        stop = out.progress('rolling back');
      },
    }).finally(() => stop());
    const remaining = applied.length - result.applied.length;
    out.line(
      bold(
        `Rolled back ${plural(result.applied.length, 'migration')}; ${
          remaining ? `${plural(remaining, 'migration')} still applied` : 'no migration is applied'
        }.`,
      ),
    );
    return 0;
  } finally {
    await target.close();
  }
}
