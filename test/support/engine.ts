/**
 * Which database the suite runs on:
 *   1. `DATABASE_URL` set: that PostgreSQL server (each test file gets its own database);
 *   2. else a Docker engine answers: a PostgreSQL container via Testcontainers;
 *   3. else embedded PGlite (each test file gets its own instance).
 */
import { existsSync } from 'node:fs';

export type Engine = 'postgres' | 'testcontainers' | 'pglite';

export function chooseEngine(): Engine {
  if (process.env.DATABASE_URL) return 'postgres';
  const dockerSocket = process.env.DOCKER_HOST ?? '/var/run/docker.sock';
  if (process.env.DOCKER_HOST || existsSync(dockerSocket)) return 'testcontainers';
  return 'pglite';
}

/**
 * Name of the migrated template database test files are cloned from (server engines); one per
 * run, so two suites on one server never share or drop each other's template.
 */
export const templateDatabase = (runId: number | string) => `saas_schema_test_template_${runId}`;

/** The URL of another database on the same server. */
export function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}
