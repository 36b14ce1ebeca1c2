/**
 * What a database with this package should contain, derived from what the package ships: tables,
 * their indexes and policies from the Drizzle schema (`getTableConfig`); functions, triggers and
 * the policies SQL units put on other tables from the migrations, read with PostgreSQL's parser;
 * seeded tables from each module's seed file.
 */
import { readFileSync } from 'node:fs';
import { is } from 'drizzle-orm';
import { getTableConfig, type PgPolicy, PgTable } from 'drizzle-orm/pg-core';
import { type Migration, readMigrations } from '../migrate/index.js';
import { type Module, modules } from '../modules.js';
import { moduleSchemas } from '../registry.js';
import { seedFiles } from '../seed/index.js';
import type { FunctionDefinition } from '../sql/objects.js';
import { nodeType, parseStatements } from '../sql/parse.js';
import { liveObjects, migrationSections, moduleOf, type Section } from '../sql/sections.js';

/** What `verify` compares of a policy with `pg_policies`: who it applies to, for what, and how. */
export type PolicyDefinition = { command: string; roles: string[]; permissive: boolean };

export type ExpectedTable = {
  module: Module;
  schema: string;
  name: string;
  policies: string[];
  /** Each policy's command, roles and kind, by name. */
  policyDefinitions: Record<string, PolicyDefinition>;
  indexes: string[];
};
export type ExpectedFunction = {
  module: string;
  name: string;
  /**
   * Its body, SECURITY DEFINER and settings, compared with the catalogue: for the package's own
   * functions with one signature (the Supabase layer's stand-ins give way to Supabase's own).
   */
  definition?: FunctionDefinition;
};
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

/** The role names a policy's `to` holds (`public` when it names none), sorted. */
function policyRoles(to: PgPolicy['to']): string[] {
  const list = to === undefined ? ['public'] : Array.isArray(to) ? to : [to];
  return list.map((r) => (typeof r === 'string' ? r : (r as { name: string }).name)).sort();
}

/** The package's tables, module by module. */
export function expectedTables(): ExpectedTable[] {
  return modules.flatMap((module) =>
    Object.values(moduleSchemas[module] ?? {})
      .filter((value): value is PgTable => is(value, PgTable))
      .map((table) => {
        const config = getTableConfig(table);
        return {
          module,
          schema: config.schema ?? 'public',
          name: config.name,
          policies: config.policies.map((p) => p.name).sort(),
          policyDefinitions: Object.fromEntries(
            config.policies.map((p) => [
              p.name,
              {
                command: (p.for ?? 'all').toUpperCase(),
                roles: policyRoles(p.to),
                permissive: p.as !== 'restrictive',
              },
            ]),
          ),
          indexes: config.indexes.map((i) => i.config.name!).sort(),
        };
      }),
  );
}

/**
 * Functions, triggers and SQL-made policies the migrations create (and do not drop again later).
 * Policies drizzle-kit generates are left to `expectedTables` (declared in the schema).
 */
export function expectedRoutines(
  sections: Section[],
): Pick<Expectations, 'functions' | 'triggers' | 'sqlPolicies'> {
  const live = [...liveObjects(sections).values()];
  const unquoted = (name: string) => name.replaceAll('"', '');
  const functions = live.filter((o) => o.kind === 'function');
  const overloads = (name: string) => functions.filter((o) => o.name === name).length;
  return {
    functions: [
      ...new Map(
        functions.map((o) => {
          const module = moduleOf(o.section);
          const compared = module !== 'supabase' && overloads(o.name) === 1 && o.definition;
          return [
            o.name,
            { module, name: unquoted(o.name), ...(compared ? { definition: o.definition } : {}) },
          ];
        }),
      ).values(),
    ],
    triggers: live
      .filter((o) => o.kind === 'trigger')
      .map((o) => ({ module: moduleOf(o.section), name: o.name, table: unquoted(o.table!) })),
    sqlPolicies: live
      .filter((o) => o.kind === 'policy' && o.section.unit)
      .map((o) => ({ module: moduleOf(o.section), name: o.name, table: unquoted(o.table!) })),
  };
}

/** The tables each module's seed file fills. */
export async function expectedSeeds(folder?: string): Promise<ExpectedSeed[]> {
  const seeds: ExpectedSeed[] = [];
  for (const { module, path } of seedFiles(folder)) {
    const tables = new Set<string>();
    for (const { node } of await parseStatements(readFileSync(path, 'utf8'), path)) {
      const [type, stmt] = nodeType(node);
      if (type === 'InsertStmt')
        tables.add(`${stmt.relation.schemaname ?? 'public'}.${stmt.relation.relname}`);
    }
    seeds.push({ module, tables: [...tables] });
  }
  return seeds;
}

export async function expectations(
  folders: { migrationsFolder?: string | undefined; seedsFolder?: string | undefined } = {},
): Promise<Expectations> {
  const migrations = readMigrations(folders.migrationsFolder);
  const sections: Section[] = [];
  for (const migration of migrations) sections.push(...(await migrationSections(migration)));
  return {
    migrations,
    tables: expectedTables(),
    ...expectedRoutines(sections),
    seeds: await expectedSeeds(folders.seedsFolder),
  };
}
