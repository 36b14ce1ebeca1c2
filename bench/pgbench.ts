/**
 * Runs one pgbench script and reads what it printed. pgbench ships with PostgreSQL's client; it is
 * looked up on PATH, then under /usr/lib/postgresql/<version>/bin (newest first).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

export function findPgbench(): string {
  const onPath = (process.env.PATH ?? '').split(delimiter).map((dir) => join(dir, 'pgbench'));
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .sort((a, b) => Number(b) - Number(a))
        .map((v) => join(root, v, 'bin', 'pgbench'))
    : [];
  const found = [...onPath, ...versions].find((path) => existsSync(path));
  if (!found) {
    throw new Error(
      'pgbench not found on PATH nor under /usr/lib/postgresql/*/bin: install PostgreSQL client tools (e.g. apt-get install postgresql-client)',
    );
  }
  return found;
}

export type PgbenchRun = {
  /** Transactions completed (all clients). */
  transactions: number;
  /** Transactions that failed (serialization/deadlock retries exhausted; PostgreSQL 15+ reports it). */
  failed: number;
  /** Transactions per second, excluding connection set-up. */
  tps: number;
  /** Mean latency of a transaction, in milliseconds. */
  latencyMs: number;
};

export type PgbenchOptions = {
  clients: number;
  /** Run for this many seconds (`-T`) ... */
  seconds?: number;
  /** ... or this many transactions per client (`-t`). */
  transactionsPerClient?: number;
  /** `-D name=value` variables the script reads as `:name`. */
  variables?: Record<string, string | number>;
};

let scriptDir: string | undefined;

/** The environment libpq reads for a connection URL (pgbench takes no URL of its own on every version). */
function libpqEnv(url: string): NodeJS.ProcessEnv {
  const u = new URL(url);
  return {
    ...process.env,
    PGHOST: decodeURIComponent(u.hostname) || 'localhost',
    PGPORT: u.port || '5432',
    PGUSER: decodeURIComponent(u.username) || 'postgres',
    PGDATABASE: decodeURIComponent(u.pathname.slice(1)) || 'postgres',
    ...(u.password ? { PGPASSWORD: decodeURIComponent(u.password) } : {}),
  };
}

export function parsePgbenchOutput(stdout: string): PgbenchRun {
  const number = (pattern: RegExp, what: string): number => {
    const match = stdout.match(pattern);
    if (!match) throw new Error(`pgbench printed no ${what}:\n${stdout}`);
    return Number(match[1]);
  };
  return {
    transactions: number(/number of transactions actually processed: (\d+)/, 'transaction count'),
    // Older pgbench (< 15) does not print it; a failure there aborts the client (non-zero exit).
    failed: /number of failed transactions/.test(stdout)
      ? number(/number of failed transactions: (\d+)/, 'failed count')
      : 0,
    tps: number(/tps = ([\d.]+)/, 'tps'),
    latencyMs: number(/latency average = ([\d.]+) ms/, 'latency'),
  };
}

export function runPgbench(bin: string, url: string, script: string, options: PgbenchOptions): PgbenchRun {
  scriptDir ??= mkdtempSync(join(tmpdir(), 'saas-bench-'));
  const file = join(scriptDir, 'script.sql');
  writeFileSync(file, script);
  const args = [
    '--no-vacuum',
    '--protocol=prepared',
    `--client=${options.clients}`,
    `--jobs=${Math.min(options.clients, 2)}`,
    ...(options.seconds
      ? [`--time=${options.seconds}`]
      : [`--transactions=${options.transactionsPerClient}`]),
    ...Object.entries(options.variables ?? {}).map(([k, v]) => `--define=${k}=${v}`),
    `--file=${file}`,
  ];
  const result = spawnSync(bin, args, { env: libpqEnv(url), encoding: 'utf8' });
  if (result.error) throw result.error;
  if (result.status !== 0) {
    throw new Error(`pgbench exited with ${result.status}:\n${result.stderr}\n--- script ---\n${script}`);
  }
  return parsePgbenchOutput(result.stdout);
}
