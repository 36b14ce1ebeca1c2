/**
 * Runs once before all test files: migrates and seeds a template (a template database on a server, a data
 * directory snapshot for PGlite) that every test file then clones instead of migrating again.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as pgliteDrizzle } from 'drizzle-orm/pglite';
import { drizzle as postgresDrizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import type { TestProject } from 'vitest/node';
import { migrate } from '../../src/migrate/index.js';
import { seed } from '../../src/seed/index.js';
import { chooseEngine, databaseUrl, type Engine, templateDatabase } from './engine.js';
import { isSupabase, prepareSupabase } from './supabase.js';

declare module 'vitest' {
  export interface ProvidedContext {
    engine: Engine;
    /** Server engines: URL of the server's maintenance database. */
    serverUrl: string;
    /** Server engines: the migrated template database to clone. */
    template: string;
    /** PGlite: path of the migrated data-directory snapshot. */
    pgliteSnapshot: string;
    /** PGlite: path of an empty data-directory snapshot (restoring it is faster than initdb). */
    pgliteEmptySnapshot: string;
    /** Where workers keep data folders restored from the snapshots, to copy (removed at the end). */
    pgliteTemplates: string;
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

/** Snapshots of one PGlite database, empty and then migrated and seeded: their paths. */
async function preparePglite(): Promise<{ empty: string; migrated: string }> {
  const dir = join(process.cwd(), '.tmp');
  mkdirSync(dir, { recursive: true });
  const pg = await PGlite.create();
  const save = async (name: string) => {
    const path = join(dir, `pglite-${name}-${process.pid}.tar`);
    writeFileSync(path, Buffer.from(await (await pg.dumpDataDir('none')).arrayBuffer()));
    return path;
  };
  try {
    const empty = await save('empty');
    const db = pgliteDrizzle(pg);
    await migrate(db);
    await seed(db);
    return { empty, migrated: await save('migrated') };
  } finally {
    await pg.close();
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  if (isSupabase()) {
    // A Supabase-like database, migrated as a non-superuser migrator (test/support/supabase.ts).
    const { serverUrl, template, drop } = await prepareSupabase(migrateAndSeed);
    project.provide('engine', 'postgres');
    project.provide('serverUrl', serverUrl);
    project.provide('template', template);
    project.provide('pgliteSnapshot', '');
    project.provide('pgliteEmptySnapshot', '');
    project.provide('pgliteTemplates', '');
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
    const snapshots = await preparePglite();
    project.provide('pgliteSnapshot', snapshots.migrated);
    project.provide('pgliteEmptySnapshot', snapshots.empty);
    const templates = join(process.cwd(), '.tmp', `pglite-templates-${process.pid}`);
    project.provide('pgliteTemplates', templates);
    const stopEngine = stop;
    stop = async () => {
      for (const path of Object.values(snapshots)) rmSync(path, { force: true });
      rmSync(templates, { recursive: true, force: true });
      await stopEngine();
    };
    project.provide('template', '');
  } else {
    const template = templateDatabase(process.pid);
    const dropTemplate = await prepareServer(serverUrl, template);
    project.provide('template', template);
    project.provide('pgliteSnapshot', '');
    project.provide('pgliteEmptySnapshot', '');
    project.provide('pgliteTemplates', '');
    const stopEngine = stop;
    stop = async () => {
      await dropTemplate();
      await stopEngine();
    };
  }
  console.log(`[test] database engine: ${engine}`);
  return stop;
}
