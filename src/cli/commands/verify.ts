import type { Context } from '../context.js';
import { expectations } from '../expectations.js';
import { inspect, problems } from '../inspect.js';
import { plural } from '../output.js';

export async function verifyCommand(ctx: Context): Promise<number> {
  const { values, out } = ctx;
  const { bold, green, red } = out.paint;
  const expected = await expectations(ctx);
  const target = await ctx.connect();
  try {
    const found = await inspect(target.db, expected, ctx.migrationsFolder);
    const missing = problems(expected, found);
    if (values.json) {
      out.data(
        JSON.stringify({ target: target.label, ok: missing.length === 0, problems: missing }, null, 2),
      );
      return missing.length ? 1 : 0;
    }
    const policies = expected.tables.reduce((n, t) => n + t.policies.length, 0) + expected.sqlPolicies.length;
    const checked =
      `${plural(expected.migrations.length, 'migration')}, ${plural(expected.tables.length, 'table')} ` +
      `with RLS, ${plural(policies, 'policy', 'policies')}, ${plural(expected.functions.length, 'function')}, ` +
      `${plural(expected.triggers.length, 'trigger')}, seeds of ${plural(expected.seeds.length, 'module')}`;
    if (!missing.length) {
      out.line(`${green('✓')} ${bold('OK')}: everything the package expects is present (${checked}).`);
      return 0;
    }
    // What is missing is the command's result: printed even with --quiet.
    for (const line of missing) out.data(`${red('✗')} ${line}`);
    out.data(bold(`${plural(missing.length, 'problem')} found (checked ${checked}).`));
    return 1;
  } finally {
    await target.close();
  }
}
