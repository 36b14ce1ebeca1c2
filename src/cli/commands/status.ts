import type { Context } from '../context.js';
import { expectations } from '../expectations.js';
import { countsByModule, inspect } from '../inspect.js';
import { plural } from '../output.js';

export async function statusCommand(ctx: Context): Promise<number> {
  const { values, out } = ctx;
  const { bold, dim, green, yellow } = out.paint;
  const expected = await expectations(ctx);
  const target = await ctx.connect();
  try {
    const found = await inspect(target.db, expected, ctx.migrationsFolder);
    const modules = countsByModule(expected, found);
    if (values.json) {
      out.data(
        JSON.stringify(
          {
            target: target.label,
            migrations: {
              applied: found.applied.map((a) => ({ tag: a.tag, appliedAt: a.appliedAt.toISOString() })),
              pending: found.pending,
            },
            modules,
          },
          null,
          2,
        ),
      );
      return 0;
    }
    out.line(
      bold(
        `Migrations: ${found.applied.length} applied, ${found.pending.length} pending` +
          (found.pending.length ? '' : ' (up to date)'),
      ),
    );
    for (const a of found.applied) {
      out.line(`  ${green('applied')}  ${a.tag.padEnd(32)} ${dim(a.appliedAt.toISOString())}`);
    }
    for (const tag of found.pending) out.line(`  ${yellow('pending')}  ${tag}`);
    out.line('');
    const header = ['module', 'tables', 'RLS policies', 'functions', 'triggers', 'seeded rows'];
    const cell = (c: { present: number; expected: number }) =>
      c.expected ? `${c.present}/${c.expected}` : '-';
    const table = Object.entries(modules).map(([module, c]) => [
      module,
      cell(c.tables),
      cell(c.policies),
      cell(c.functions),
      cell(c.triggers),
      c.seededRows === null ? '-' : String(c.seededRows),
    ]);
    const widths = header.map((h, i) => Math.max(h.length, ...table.map((r) => r[i]!.length)));
    const row = (r: string[]) =>
      `  ${r.map((v, i) => (i ? v.padStart(widths[i]!) : v.padEnd(widths[i]!))).join('  ')}`;
    out.line(bold(row(header)));
    for (const r of table) out.line(row(r));
    out.line(dim(`  present/expected; ${plural(expected.seeds.length, 'module')} with seed data`));
    return 0;
  } finally {
    await target.close();
  }
}
