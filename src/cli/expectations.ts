/**
 * What a database with this package should contain, derived from what the package ships: tables
 * and policies from the Drizzle schema (`getTableConfig`), functions and triggers from the
 * migrations' SQL, seeded tables from `seeds/<module>.sql`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { is } from 'drizzle-orm';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import { type Migration, readMigrations } from '../migrate/index.js';
import { splitStatements } from '../migrate/sql-statements.js';
import { type Module, modules } from '../modules.js';
import * as billing from '../schema/billing/index.js';
import * as core from '../schema/core/index.js';
import * as storage from '../schema/storage/index.js';
import { defaultSeedsFolder } from '../seed/index.js';

/**
 * Each module's schema exports. A module with tables adds its line here
 * (test/cli/expectations.test.ts fails when a `src/schema/<module>` folder is missing from it).
 */
export const moduleSchemas: Partial<Record<Module, Record<string, unknown>>> = { core, billing, storage };

export type ExpectedTable = { module: Module; schema: string; name: string; policies: string[] };
export type ExpectedFunction = { module: string; name: string };
export type ExpectedTrigger = { module: string; name: string; table: string };
/** A policy a SQL unit creates on a table the Drizzle schema does not own (`storage.objects`). */
export type ExpectedPolicy = { module: string; name: string; table: string };
export type ExpectedSeed = { module: Module; tables: string[] };

export type Expectations = {
  migrations: Migration[];
  tables: ExpectedTable[];
  functions: ExpectedFunction[];
  triggers: ExpectedTrigger[];
  sqlPolicies: ExpectedPolicy[];
  seeds: ExpectedSeed[];
};

export function expectedTables(): ExpectedTable[] {
  const tables: ExpectedTable[] = [];
  for (const module of modules) {
    for (const value of Object.values(moduleSchemas[module] ?? {})) {
      if (!is(value, PgTable)) continue;
      const config = getTableConfig(value);
      tables.push({
        module,
        schema: config.schema ?? 'public',
        name: config.name,
        policies: config.policies.map((p) => p.name).sort(),
      });
    }
  }
  return tables;
}

/** `name`, `"name"`, `schema.name` → `schema.name` (unqualified means public). */
export function qualified(name: string): string {
  const parts = name.replaceAll('"', '').split('.');
  return parts.length === 1 ? `public.${parts[0]}` : parts.join('.');
}

const FUNCTION = /\bcreate\s+(?:or\s+replace\s+)?function\s+([\w."]+)\s*\(/gi;
const DROP_FUNCTION = /\bdrop\s+function\s+(?:if\s+exists\s+)?([\w."]+)/gi;
const TRIGGER =
  /\bcreate\s+(?:or\s+replace\s+)?(?:constraint\s+)?trigger\s+([\w"]+)[\s\S]*?\bon\s+([\w."]+)/gi;
const DROP_TRIGGER = /\bdrop\s+trigger\s+(?:if\s+exists\s+)?([\w"]+)\s+on\s+([\w."]+)/gi;
const POLICY = /\bcreate\s+policy\s+("[^"]+"|\w+)\s+on\s+([\w."]+)/gi;
const DROP_POLICY = /\bdrop\s+policy\s+(?:if\s+exists\s+)?("[^"]+"|\w+)\s+on\s+([\w."]+)/gi;
const UNIT = /^-- saas-schema unit: ([\w-]+)\//m;

/**
 * Functions, triggers and SQL-made policies the migrations create (and do not drop again later).
 * Policies drizzle-kit generates are left to `expectedTables` (declared in the schema).
 */
export function expectedRoutines(
  migrations: Migration[],
): Pick<Expectations, 'functions' | 'triggers' | 'sqlPolicies'> {
  const functions = new Map<string, ExpectedFunction>();
  const triggers = new Map<string, ExpectedTrigger>();
  const policies = new Map<string, ExpectedPolicy>();
  for (const migration of migrations) {
    const module = UNIT.exec(migration.statements.join('\n'))?.[1] ?? 'schema';
    for (const statement of migration.statements) {
      const text = statement.replace(/--.*$/gm, '');
      for (const [, name] of text.matchAll(DROP_FUNCTION)) functions.delete(qualified(name!));
      for (const [, name, table] of text.matchAll(DROP_TRIGGER)) {
        triggers.delete(`${name!.replaceAll('"', '')} on ${qualified(table!)}`);
      }
      for (const [, name] of text.matchAll(FUNCTION)) {
        functions.set(qualified(name!), { module, name: qualified(name!) });
      }
      for (const [, name, table] of text.matchAll(TRIGGER)) {
        const trigger = { module, name: name!.replaceAll('"', ''), table: qualified(table!) };
        triggers.set(`${trigger.name} on ${trigger.table}`, trigger);
      }
      if (module === 'schema') continue;
      for (const [, name, table] of text.matchAll(DROP_POLICY)) {
        policies.delete(`${qualified(table!)} ${name!.replaceAll('"', '')}`);
      }
      for (const [, name, table] of text.matchAll(POLICY)) {
        const policy = { module, name: name!.replaceAll('"', ''), table: qualified(table!) };
        policies.set(`${policy.table} ${policy.name}`, policy);
      }
    }
  }
  return {
    functions: [...functions.values()],
    triggers: [...triggers.values()],
    sqlPolicies: [...policies.values()],
  };
}

const INSERT = /\binsert\s+into\s+([\w."]+)/gi;

/** The tables each module's seed file fills. */
export function expectedSeeds(folder = defaultSeedsFolder): ExpectedSeed[] {
  return modules.flatMap((module) => {
    const path = `${folder}/${module}.sql`;
    if (!existsSync(path)) return [];
    const tables = new Set<string>();
    for (const statement of splitStatements(readFileSync(path, 'utf8'))) {
      for (const [, table] of statement.replace(/--.*$/gm, '').matchAll(INSERT))
        tables.add(qualified(table!));
    }
    return [{ module, tables: [...tables] }];
  });
}

export function expectations(
  folders: { migrationsFolder?: string; seedsFolder?: string } = {},
): Expectations {
  const migrations = readMigrations(folders.migrationsFolder);
  return {
    migrations,
    tables: expectedTables(),
    ...expectedRoutines(migrations),
    seeds: expectedSeeds(folders.seedsFolder),
  };
}
