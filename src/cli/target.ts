/**
 * The database a command runs on: a PostgreSQL server (`--database-url` or `DATABASE_URL`, through
 * postgres.js) or, with neither, an embedded PGlite database kept in a folder. Connection failures
 * become one clear `CliError` line: the host tried and a hint, or the authentication failure.
 */
import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { sql } from 'drizzle-orm';
import type { Database } from '../db.js';
import { CliError } from './args.js';
import type { Io, OpenedPglite } from './io.js';

export const DEFAULT_PGLITE_DIR = '.saas-schema/pglite';

export type Target = {
  db: Database;
  /** How to name the target to a user: `PGlite .saas-schema/pglite` or a URL without password. */
  label: string;
  kind: 'postgres' | 'pglite';
  close(): Promise<void>;
};

export type TargetOptions = { databaseUrl?: string | undefined; pglite?: string | undefined };

/** The URL with its password masked. */
export function safeUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(unparsable URL)';
  }
}

function hostOf(url: URL): string {
  return `${url.hostname || 'localhost'}:${url.port || '5432'}`;
}

async function importOptional<T>(name: string, hint: string): Promise<T> {
  try {
    return (await import(name)) as T;
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_MODULE_NOT_FOUND') {
      throw new CliError(`${name} is not installed: ${hint}`);
    }
    throw error;
  }
}

/** A connection error as one line a user can act on. */
export function connectionError(error: unknown, url: URL, env: Io['env'] = {}): CliError {
  const e = error as { code?: string; message?: string; errno?: string };
  const host = hostOf(url);
  const user = decodeURIComponent(url.username) || env.PGUSER || env.USER || '';
  const database = decodeURIComponent(url.pathname.slice(1)) || user;
  switch (e.code) {
    case 'ECONNREFUSED':
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
    case 'ETIMEDOUT':
    case 'CONNECT_TIMEOUT':
      return new CliError(
        `cannot reach PostgreSQL at ${host} (${e.code === 'CONNECT_TIMEOUT' ? 'timed out' : e.code}). ` +
          'Is the server running there? Start it or fix the database URL; with neither --database-url ' +
          'nor DATABASE_URL the CLI uses an embedded PGlite database.',
      );
    case '28P01':
    case '28000':
      return new CliError(
        `authentication failed for user '${user}' at ${host}: ${e.message}. Check the user and password in the database URL.`,
      );
    case '3D000':
      return new CliError(`database '${database}' does not exist at ${host}: create it first (createdb).`);
    default:
      return new CliError(`cannot connect to ${safeUrl(url.toString())}: ${e.message ?? String(error)}`);
  }
}

async function connectServer(databaseUrl: string, env: Io['env']): Promise<Target> {
  let url: URL;
  try {
    url = new URL(databaseUrl);
  } catch {
    throw new CliError(
      `invalid database URL '${databaseUrl}' (expected postgres://user:password@host:port/database)`,
      2,
    );
  }
  if (!/^postgres(ql)?:$/.test(url.protocol)) {
    throw new CliError(
      `invalid database URL: expected postgres:// or postgresql://, got ${url.protocol}//`,
      2,
    );
  }
  const postgres = (
    await importOptional<{ default: typeof import('postgres') }>(
      'postgres',
      'install it (npm i postgres) to use a PostgreSQL server',
    )
  ).default;
  const { drizzle } = await import('drizzle-orm/postgres-js');
  const client = postgres(databaseUrl, { max: 1, onnotice: () => {}, connect_timeout: 5 });
  try {
    await client`select 1`;
  } catch (error) {
    await client.end({ timeout: 1 }).catch(() => {});
    throw connectionError(error, url, env);
  }
  return {
    db: drizzle(client),
    label: safeUrl(databaseUrl),
    kind: 'postgres',
    close: () => client.end({ timeout: 5 }),
  };
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as { code?: string }).code === 'EPERM';
  }
};

/**
 * PGlite has no server to serialise access: a data folder is safe for one process at a time. A
 * lock file next to it (`<dir>.lock`, holding the pid) makes a second CLI process wait, as a
 * second `migrate` waits on the advisory lock on a server; a lock whose process is gone is taken
 * over. Returns the release function.
 */
async function lockFolder(path: string, shown: string, onWait: () => void, timeoutMs = 120_000) {
  const lockPath = `${path}.lock`;
  const started = Date.now();
  let waiting = false;
  for (;;) {
    try {
      const fd = openSync(lockPath, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      const release = () => {
        process.off('exit', release);
        rmSync(lockPath, { force: true });
      };
      process.once('exit', release); // also when the process ends early
      return release;
    } catch (error) {
      if ((error as { code?: string }).code !== 'EEXIST') throw error;
    }
    let holder = Number.NaN;
    try {
      holder = Number(readFileSync(lockPath, 'utf8'));
    } catch {
      continue; // released meanwhile
    }
    if (Number.isInteger(holder) && holder > 0 && !alive(holder)) {
      rmSync(lockPath, { force: true });
      continue;
    }
    if (Date.now() - started > timeoutMs) {
      throw new CliError(
        `the PGlite database in ${shown} is still in use by process ${holder}; gave up waiting`,
      );
    }
    if (!waiting) {
      waiting = true;
      onWait();
    }
    await sleep(100);
  }
}

/**
 * How the binary opens a folder: a new PGlite each run. Loaded before anything touches the folder,
 * so a missing `@electric-sql/pglite` is reported without creating or locking it.
 */
async function newPgliteOpener(): Promise<(path: string) => Promise<OpenedPglite>> {
  const { PGlite } = await importOptional<typeof import('@electric-sql/pglite')>(
    '@electric-sql/pglite',
    'install it (npm i -D @electric-sql/pglite) for the embedded database, or set DATABASE_URL',
  );
  const { drizzle } = await import('drizzle-orm/pglite');
  return async (path) => {
    const pg = new PGlite(path);
    try {
      await pg.waitReady;
      const db = drizzle(pg);
      await db.execute(sql`select 1`);
      return { db, close: () => pg.close() };
    } catch (error) {
      await pg.close().catch(() => {});
      throw error;
    }
  };
}

async function connectPglite(
  dir: string,
  io: Pick<Io, 'cwd' | 'openPglite'>,
  onWait: (message: string) => void,
): Promise<Target> {
  const open = io.openPglite ?? (await newPgliteOpener());
  const path = resolve(io.cwd, dir);
  const relativePath = relative(io.cwd, path) || '.';
  const shown = relativePath.startsWith('..') ? path : relativePath;
  mkdirSync(path, { recursive: true });
  const release = await lockFolder(path, shown, () =>
    onWait(`waiting for another process using the PGlite database in ${shown}`),
  );
  let opened: OpenedPglite;
  try {
    opened = await open(path);
  } catch (error) {
    release();
    throw new CliError(`cannot open the PGlite database in ${shown}: ${(error as Error).message}`);
  }
  return {
    db: opened.db,
    label: `PGlite ${shown}`,
    kind: 'pglite',
    async close() {
      try {
        await opened.close();
      } finally {
        release();
      }
    },
  };
}

export async function connect(
  options: TargetOptions,
  io: Pick<Io, 'env' | 'cwd' | 'openPglite'>,
  onWait: (message: string) => void = () => {},
): Promise<Target> {
  const databaseUrl = options.databaseUrl ?? (options.pglite ? undefined : io.env.DATABASE_URL);
  if (databaseUrl) return connectServer(databaseUrl, io.env);
  return connectPglite(options.pglite ?? DEFAULT_PGLITE_DIR, io, onWait);
}
