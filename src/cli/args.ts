/**
 * Command-line parsing with `node:util` `parseArgs`: global flags, then one command with its own
 * flags. Anything unknown is a usage error (exit status 2).
 */
import { parseArgs } from 'node:util';

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
    readonly showUsage = false,
    /** The command whose usage to show (when parsing failed before it was known). */
    readonly command?: CommandName,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

type Flag = { type: 'string' | 'boolean'; short?: string; hidden?: boolean; help: string; value?: string };

export const globalFlags = {
  'database-url': { type: 'string', value: 'URL', help: 'PostgreSQL server to use (default: $DATABASE_URL)' },
  pglite: {
    type: 'string',
    value: 'DIR',
    help: 'embedded PGlite data folder (default: ./.saas-schema/pglite)',
  },
  quiet: { type: 'boolean', short: 'q', help: 'print only errors (and requested output)' },
  help: { type: 'boolean', short: 'h', help: 'show this help' },
  version: { type: 'boolean', short: 'v', help: 'print the version' },
  migrations: { type: 'string', hidden: true, help: 'migrations folder (testing)' },
  seeds: { type: 'string', hidden: true, help: 'seeds folder (testing)' },
} satisfies Record<string, Flag>;

export const commands = {
  migrate: {
    summary: 'apply pending migrations (then the seeds, with --seed)',
    flags: {
      seed: { type: 'boolean', help: 'run every module’s seeds afterwards' },
      'dry-run': { type: 'boolean', help: 'print the SQL that would run; change nothing' },
      steps: { type: 'string', value: 'N', help: 'apply only the next N pending migrations' },
    },
  },
  seed: { summary: 'run the seeds of every module (idempotent)', flags: {} },
  rollback: {
    summary: 'undo the last migration (or N, or all) with its down script',
    flags: {
      steps: { type: 'string', value: 'N', help: 'undo the last N migrations (default 1)' },
      all: { type: 'boolean', help: 'undo every migration' },
      yes: { type: 'boolean', short: 'y', help: 'do not ask for confirmation' },
    },
  },
  status: {
    summary: 'applied and pending migrations; objects and seeded rows per module',
    flags: { json: { type: 'boolean', help: 'print JSON' } },
  },
  sql: {
    summary: 'every migration as one SQL script for psql',
    flags: {
      out: { type: 'string', short: 'o', value: 'FILE', help: 'write to FILE instead of stdout' },
      seed: { type: 'boolean', help: 'include every module’s seeds (same transaction)' },
    },
  },
  verify: {
    summary: 'check the database has everything the package expects (exit 1 if not)',
    flags: { json: { type: 'boolean', help: 'print JSON' } },
  },
} satisfies Record<string, { summary: string; flags: Record<string, Flag> }>;

export type CommandName = keyof typeof commands;

export type ParsedArgs = {
  command: CommandName | undefined;
  values: Record<string, string | boolean | undefined>;
};

const flagText = (name: string, flag: Flag) =>
  `${flag.short ? `-${flag.short}, ` : '    '}--${name}${flag.value ? ` ${flag.value}` : ''}`;

function flagLines(flags: Record<string, Flag>): string[] {
  const shown = Object.entries(flags).filter(([, f]) => !f.hidden);
  const width = Math.max(...shown.map(([n, f]) => flagText(n, f).length));
  return shown.map(([n, f]) => `  ${flagText(n, f).padEnd(width)}  ${f.help}`);
}

export function usage(command?: CommandName): string {
  if (command) {
    const c = commands[command];
    const own = flagLines(c.flags);
    return [
      `Usage: saas-schema ${command} [options]`,
      '',
      `${c.summary[0]!.toUpperCase()}${c.summary.slice(1)}.`,
      ...(own.length ? ['', 'Options:', ...own] : []),
      '',
      'Global options:',
      ...flagLines(globalFlags),
    ].join('\n');
  }
  const width = Math.max(...Object.keys(commands).map((n) => n.length));
  return [
    'Usage: saas-schema <command> [options]',
    '',
    'Commands:',
    ...Object.entries(commands).map(([n, c]) => `  ${n.padEnd(width)}  ${c.summary}`),
    '',
    'Global options:',
    ...flagLines(globalFlags),
    '',
    'Target: --database-url or $DATABASE_URL; with neither, an embedded PGlite database in',
    './.saas-schema/pglite (--pglite DIR for another folder).',
    'Run `saas-schema <command> --help` for a command’s options.',
  ].join('\n');
}

export function parse(argv: string[]): ParsedArgs {
  const all: Record<string, Flag> = { ...globalFlags };
  for (const c of Object.values(commands)) Object.assign(all, c.flags);
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args: argv,
      options: Object.fromEntries(
        Object.entries(all).map(([n, f]) => [
          n,
          f.short ? { type: f.type, short: f.short } : { type: f.type },
        ]),
      ),
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    const e = error as { code?: string; message: string };
    const named = argv.find((a) => a in commands) as CommandName | undefined;
    const unknown = /Unknown option '([^']+)'/.exec(e.message)?.[1];
    if (unknown) throw new CliError(`unknown option ${unknown}`, 2, true, named);
    throw new CliError(e.message.split('\n')[0]!.replace(/\.$/, ''), 2, true, named);
  }
  const [name, ...extra] = parsed.positionals;
  if (name !== undefined && !(name in commands)) throw new CliError(`unknown command '${name}'`, 2, true);
  const command = name as CommandName | undefined;
  if (extra.length) throw new CliError(`unexpected argument '${extra[0]}'`, 2, true);
  const values = parsed.values as Record<string, string | boolean | undefined>;
  for (const flag of Object.keys(values)) {
    if (flag in globalFlags) continue;
    if (!command) throw new CliError(`option --${flag} needs a command`, 2, true);
    if (!(flag in commands[command].flags)) {
      throw new CliError(`unknown option --${flag} for '${command}'`, 2, true);
    }
  }
  return { command, values };
}

/** A `--steps N` value: a positive integer. */
export function stepsValue(value: string | boolean | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (typeof value !== 'string' || !/^\d+$/.test(value) || n < 1) {
    throw new CliError(`--steps needs a positive integer, got '${value}'`, 2, true);
  }
  return n;
}
