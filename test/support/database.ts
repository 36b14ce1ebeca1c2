/**
 * A database of its own for one test file, on the engine the global setup chose: cloned from the
 * migrated template (server) or copied from the migrated data folder (PGlite). `migrated: false`
 * gives an empty one, for migration tests.
 */
import { randomUUID } from 'node:crypto';
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as pgliteDrizzle } from 'drizzle-orm/pglite';
import { drizzle as postgresDrizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { inject } from 'vitest';
import * as schema from '../../src/schema.js';
import { databaseUrl, type Engine } from './engine.js';
import { scratchDir } from './scratch.js';

/** The engine's Drizzle database, typed as what the engines have in common. */
export type TestDb = PgDatabase<PgQueryResultHKT, typeof schema>;

export type TestDatabase = {
  engine: Engine;
  db: TestDb;
  /** Server engines: the database's URL (e.g. to point the CLI at it); empty on PGlite. */
  url: string;
  /** A second, independent client on the same database (server engines); the same one on PGlite. */
  connect(): TestDb;
  close(): Promise<void>;
};

export const engine = (): Engine => inject('engine');
export const onServer = (): boolean => engine() !== 'pglite';

/**
 * How a race test's calls run, for its name: on a server each gets its own connection (a real
 * race); PGlite has one connection, so there they run one after another and the test shows only
 * the outcome (the PostgreSQL run is the one that can catch a lost update).
 */
export const raceMode = (): string =>
  onServer() ? 'concurrently, on separate connections' : 'serially: PGlite has one connection';

/**
 * Fills a PGlite data folder with a copy of the suite's empty or migrated and seeded one. On a
 * server engine there are none: an empty folder is left to the first open's initdb.
 */
export function copyPgliteFolder(folder: string, options: { migrated: boolean }): void {
  const source = inject(options.migrated ? 'pgliteMigrated' : 'pgliteEmpty');
  if (source) cpSync(source, folder, { recursive: true });
  else if (options.migrated) throw new Error('no migrated PGlite folder on a server engine');
}

export async function createTestDatabase(options: { migrated?: boolean } = {}): Promise<TestDatabase> {
  const migrated = options.migrated ?? true;
  if (engine() === 'pglite') {
    const dir = scratchDir('saas-schema-test-');
    copyPgliteFolder(join(dir, 'data'), { migrated });
    const pg = new PGlite(join(dir, 'data'));
    const db: TestDb = pgliteDrizzle(pg, { schema });
    const close = async () => {
      await pg.close();
      rmSync(dir, { recursive: true, force: true });
    };
    return { engine: 'pglite', db, url: '', connect: () => db, close };
  }

  const serverUrl = inject('serverUrl');
  const name = `saas_test_${randomUUID().replaceAll('-', '').slice(0, 16)}`;
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}${migrated ? ` template ${inject('template')}` : ''}`);
  const url = databaseUrl(serverUrl, name);
  const clients: postgres.Sql[] = [];
  const connect = (): TestDb => {
    const client = postgres(url, { max: 10, onnotice: () => {} });
    clients.push(client);
    return postgresDrizzle(client, { schema }) as TestDb;
  };
  const db = connect();
  return {
    engine: engine(),
    db,
    url,
    connect,
    async close() {
      await Promise.all(clients.map((c) => c.end()));
      await admin.unsafe(`drop database if exists ${name} with (force)`);
      await admin.end();
    },
  };
}

/** SQLSTATE of a database error, looking through Drizzle's wrapper. */
export function sqlState(error: unknown): string | undefined {
  const e = error as { code?: unknown; cause?: { code?: unknown } };
  const code = e?.cause?.code ?? e?.code;
  return typeof code === 'string' ? code : undefined;
}

/** The database's own message, looking through Drizzle's wrapper. */
export function dbMessage(error: unknown): string {
  const e = error as { message?: string; cause?: { message?: string } };
  return e?.cause?.message ?? e?.message ?? String(error);
}
