/**
 * Runs once before all test files: migrates and seeds a template (a template database on a server, a data
 * directory snapshot for PGlite) that every test file then clones instead of migrating again.
 */
import { cpSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as pgliteDrizzle } from 'drizzle-orm/pglite';
import { drizzle as postgresDrizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import type { TestProject } from 'vitest/node';
import { migrate } from '../../src/migrate/index.js';
import { seed } from '../../src/seed/index.js';
import { chooseEngine, databaseUrl, type Engine, templateDatabase } from './engine.js';
import { scratchDir } from './scratch.js';
import { isSupabase, prepareSupabase } from './supabase.js';

declare module 'vitest' {
  export interface ProvidedContext {
    engine: Engine;
    /** Server engines: URL of the server's maintenance database. */
    serverUrl: string;
    /** Server engines: the migrated template database to clone. */
    template: string;
    /** PGlite: an empty data folder, copied for each empty test database. */
    pgliteEmpty: string;
    /** PGlite: a migrated and seeded data folder, copied for each test database. */
    pgliteMigrated: string;
  }
}

async function migrateAndSeed(url: string): Promise<void> {
  const client = postgres(url, { max: 1, onnotice: () => {} });
  try {
    const db = postgresDrizzle(client);
    await migrate(db);
    await seed(db);
  } finally {
    await client.end();
  }
}

async function prepareServer(serverUrl: string, template: string): Promise<() => Promise<void>> {
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`drop database if exists ${template} with (force)`);
    await admin.unsafe(`create database ${template}`);
  } finally {
    await admin.end();
  }
  const client = postgres(databaseUrl(serverUrl, template), { max: 1, onnotice: () => {} });
  try {
    const db = postgresDrizzle(client);
    await migrate(db);
    await seed(db);
  } finally {
    await client.end();
  }
  return async () => {
    const cleanup = postgres(serverUrl, { max: 1, onnotice: () => {} });
    await cleanup.unsafe(`drop database if exists ${template} with (force)`);
    await cleanup.end();
  };
}

/**
 * Two PGlite data folders, empty and migrated + seeded, that test databases copy: a copy and an
 * open take a fraction of initdb's seconds, let alone a migration's.
 */
async function preparePglite(root: string): Promise<{ empty: string; migrated: string }> {
  const folders = { empty: join(root, 'empty'), migrated: join(root, 'migrated') };
  mkdirSync(root, { recursive: true });
  await (await PGlite.create(folders.empty)).close();
  cpSync(folders.empty, folders.migrated, { recursive: true });
  const pg = await PGlite.create(folders.migrated);
  try {
    const db = pgliteDrizzle(pg);
    await migrate(db);
    await seed(db);
  } finally {
    await pg.close();
  }
  return folders;
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (isSupabase()) {
    // A Supabase-like database, migrated as a non-superuser migrator (test/support/supabase.ts).
    const { serverUrl, template, drop } = await prepareSupabase(migrateAndSeed);
    project.provide('engine', 'postgres');
    project.provide('serverUrl', serverUrl);
    project.provide('template', template);
    project.provide('pgliteEmpty', '');
    project.provide('pgliteMigrated', '');
    console.log('[test] database engine: postgres (Supabase-like, non-superuser migrator)');
    return drop;
  }
  let engine = chooseEngine();
  let serverUrl = process.env.DATABASE_URL ?? '';
  let stop = async () => {};
  if (engine === 'testcontainers') {
    try {
      const { PostgreSqlContainer } = await import('@testcontainers/postgresql');
      const container = await new PostgreSqlContainer('postgres:15-alpine').start();
      serverUrl = container.getConnectionUri();
      stop = async () => void (await container.stop());
    } catch (error) {
      console.warn(`[test] Docker engine unusable (${(error as Error).message}); using PGlite`);
      engine = 'pglite';
    }
  }
  project.provide('engine', engine);
  project.provide('serverUrl', serverUrl);
  if (engine === 'pglite') {
    const root = scratchDir('saas-schema-pglite-');
    const folders = await preparePglite(root);
    project.provide('pgliteEmpty', folders.empty);
    project.provide('pgliteMigrated', folders.migrated);
    const stopEngine = stop;
    stop = async () => {
      rmSync(root, { recursive: true, force: true });
      await stopEngine();
    };
    project.provide('template', '');
  } else {
    const template = templateDatabase(process.pid);
    const dropTemplate = await prepareServer(serverUrl, template);
    project.provide('template', template);
    project.provide('pgliteEmpty', '');
    project.provide('pgliteMigrated', '');
    const stopEngine = stop;
    stop = async () => {
      await dropTemplate();
      await stopEngine();
    };
  }
  console.log(`[test] database engine: ${engine}`);
  return stop;
}
