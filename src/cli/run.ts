/**
 * One run of the `saas-schema` CLI on given streams, environment and working directory: the
 * binary (`main.ts`) passes the process's, the tests their own. Returns the exit status.
 */
import { readFileSync } from 'node:fs';
import { MigrationError } from '../migrate/index.js';
import { CliError, type CommandName, parse, usage } from './args.js';
import { migrateCommand } from './commands/migrate.js';
import { rollbackCommand } from './commands/rollback.js';
import { seedCommand } from './commands/seed.js';
import { sqlCommand } from './commands/sql.js';
import { statusCommand } from './commands/status.js';
import { verifyCommand } from './commands/verify.js';
import { type Context, makeContext } from './context.js';
import type { Io } from './io.js';
import { errorLine, Output } from './output.js';

const run: Record<CommandName, (ctx: Context) => Promise<number>> = {
  migrate: migrateCommand,
  seed: seedCommand,
  rollback: rollbackCommand,
  status: statusCommand,
  sql: sqlCommand,
  verify: verifyCommand,
};

const version = () =>
  (JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string })
    .version;

/** One line for a statement: whitespace collapsed, comments dropped, at most 120 characters. */
function shortStatement(statement: string): string {
  const line = statement.replace(/--.*$/gm, '').replace(/\s+/g, ' ').trim();
  return line.length > 120 ? `${line.slice(0, 117)}...` : line;
}

function describe(error: unknown): { message: string; exitCode: number; usage?: boolean } {
  if (error instanceof CliError)
    return { message: error.message, exitCode: error.exitCode, usage: error.showUsage };
  if (error instanceof MigrationError) {
    if (!error.statement) return { message: error.message, exitCode: 1 };
    const cause = error.cause as { message?: string } | undefined;
    return {
      message:
        `migration ${error.migration} failed: ${cause?.message ?? error.message}; statement: ` +
        `${shortStatement(error.statement)} (rolled back: the database is as it was before this run)`,
      exitCode: 1,
    };
  }
  const e = error as { message?: string; cause?: { message?: string } };
  return { message: e?.cause?.message ?? e?.message ?? String(error), exitCode: 1 };
}

export async function runCli(argv: string[], io: Io): Promise<number> {
  let command: CommandName | undefined;
  try {
    const parsed = parse(argv);
    command = parsed.command;
    const { values } = parsed;
    if (values.version) {
      io.stdout.write(`${version()}\n`);
      return 0;
    }
    if (values.help) {
      io.stdout.write(`${usage(command)}\n`);
      return 0;
    }
    if (!command) throw new CliError('missing command', 2, true);
    if (values['database-url'] && values.pglite) {
      throw new CliError('use either --database-url or --pglite, not both', 2, true);
    }
    const dataOnStdout = Boolean(values.json || values['dry-run'] || (command === 'sql' && !values.out));
    const out = new Output(io, Boolean(values.quiet), dataOnStdout);
    return await run[command](makeContext(values, out, io));
  } catch (error) {
    const { message, exitCode, usage: showUsage } = describe(error);
    io.stderr.write(errorLine(io, message));
    if (showUsage) {
      io.stderr.write(`\n${usage(command ?? (error instanceof CliError ? error.command : undefined))}\n`);
    }
    if (io.env.SAAS_SCHEMA_DEBUG && error instanceof Error) io.stderr.write(`${error.stack}\n`);
    return exitCode;
  }
}
