/** What a database actually contains, read from the catalogue, compared with the expectations. */
import { sql } from 'drizzle-orm';
import { type Database, rows } from '../db.js';
import { migrationStatus } from '../migrate/index.js';
import { modules } from '../modules.js';
import type { FunctionDefinition } from '../sql/objects.js';
import type { Expectations, PolicyDefinition } from './expectations.js';

export type Found = {
  applied: { idx: number; tag: string; appliedAt: Date }[];
  pending: string[];
  /** `schema.table` → RLS enabled */
  tables: Map<string, boolean>;
  /** `schema.table policy` → its command, roles and kind */
  policies: Map<string, PolicyDefinition>;
  /** `schema.index` */
  indexes: Set<string>;
  /** `schema.function` */
  functions: Set<string>;
  /** `schema.function` → its definition, for functions with one signature */
  definitions: Map<string, FunctionDefinition>;
  /** `trigger on schema.table` */
  triggers: Set<string>;
  /** `schema.table` → row count, for the seeded tables that exist */
  rowCounts: Map<string, number>;
};

export async function inspect(
  db: Database,
  expected: Expectations,
  migrationsFolder?: string,
): Promise<Found> {
  const status = await migrationStatus(db, { migrationsFolder });
  const tables = await rows<{ name: string; rls: boolean }>(
    db,
    sql`select n.nspname || '.' || c.relname as name, c.relrowsecurity as rls
        from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where c.relkind in ('r', 'p') and n.nspname not in ('pg_catalog', 'information_schema')`,
  );
  const policies = await rows<{ key: string; command: string; roles: string[]; permissive: string }>(
    db,
    sql`select schemaname || '.' || tablename || ' ' || policyname as key, cmd as command,
               roles::text[] as roles, permissive
        from pg_policies`,
  );
  const indexes = await rows<{ name: string }>(
    db,
    sql`select schemaname || '.' || indexname as name from pg_indexes
        where schemaname not in ('pg_catalog', 'information_schema')`,
  );
  const functions = await rows<{
    name: string;
    body: string | null;
    security_definer: boolean;
    settings: string[] | null;
    overloads: number;
  }>(
    db,
    sql`select n.nspname || '.' || p.proname as name, p.prosrc as body, p.prosecdef as security_definer,
               p.proconfig as settings, count(*) over (partition by p.pronamespace, p.proname)::int as overloads
        from pg_proc p join pg_namespace n on n.oid = p.pronamespace
        where n.nspname not in ('pg_catalog', 'information_schema')`,
  );
  const triggers = await rows<{ key: string }>(
    db,
    sql`select t.tgname || ' on ' || n.nspname || '.' || c.relname as key
        from pg_trigger t join pg_class c on c.oid = t.tgrelid join pg_namespace n on n.oid = c.relnamespace
        where not t.tgisinternal`,
  );
  const tableMap = new Map(tables.map((t) => [t.name, t.rls]));
  const rowCounts = new Map<string, number>();
  for (const table of new Set(expected.seeds.flatMap((s) => s.tables))) {
    if (!tableMap.has(table)) continue;
    const [schema, name] = table.split('.') as [string, string];
    const [row] = await rows<{ n: number }>(
      db,
      sql`select count(*)::int as n from ${sql.identifier(schema)}.${sql.identifier(name)}`,
    );
    rowCounts.set(table, row?.n ?? 0);
  }
  return {
    applied: status.applied,
    pending: status.pending.map((m) => m.tag),
    tables: tableMap,
    policies: new Map(
      policies.map((p) => [
        p.key,
        { command: p.command, roles: [...p.roles].sort(), permissive: p.permissive === 'PERMISSIVE' },
      ]),
    ),
    indexes: new Set(indexes.map((i) => i.name)),
    functions: new Set(functions.map((f) => f.name)),
    definitions: new Map(
      functions
        .filter((d) => d.overloads === 1)
        .map((d) => [
          d.name,
          {
            body: d.body,
            securityDefiner: d.security_definer,
            settings: [...(d.settings ?? [])].sort(),
          },
        ]),
    ),
    triggers: new Set(triggers.map((t) => t.key)),
    rowCounts,
  };
}

export type ModuleCounts = {
  tables: { present: number; expected: number };
  policies: { present: number; expected: number };
  functions: { present: number; expected: number };
  triggers: { present: number; expected: number };
  /** Rows in the module's seeded tables; null when the module has no seed data. */
  seededRows: number | null;
};

/** Per module: how many of the expected objects are present, and rows in its seeded tables. */
export function countsByModule(expected: Expectations, found: Found): Record<string, ModuleCounts> {
  const result: Record<string, ModuleCounts> = {};
  // Module order (src/modules.ts), then anything attributed otherwise.
  const order = [...modules, 'schema'];
  const get = (module: string) => {
    result[module] ??= {
      tables: { present: 0, expected: 0 },
      policies: { present: 0, expected: 0 },
      functions: { present: 0, expected: 0 },
      triggers: { present: 0, expected: 0 },
      seededRows: null,
    };
    return result[module];
  };
  for (const t of expected.tables) {
    const c = get(t.module);
    const name = `${t.schema}.${t.name}`;
    c.tables.expected++;
    if (found.tables.has(name)) c.tables.present++;
    for (const p of t.policies) {
      c.policies.expected++;
      if (found.policies.has(`${name} ${p}`)) c.policies.present++;
    }
  }
  for (const p of expected.sqlPolicies) {
    const c = get(p.module);
    c.policies.expected++;
    if (found.policies.has(`${p.table} ${p.name}`)) c.policies.present++;
  }
  for (const f of expected.functions) {
    const c = get(f.module);
    c.functions.expected++;
    if (found.functions.has(f.name)) c.functions.present++;
  }
  for (const t of expected.triggers) {
    const c = get(t.module);
    c.triggers.expected++;
    if (found.triggers.has(`${t.name} on ${t.table}`)) c.triggers.present++;
  }
  for (const s of expected.seeds) {
    get(s.module).seededRows = s.tables.reduce((sum, t) => sum + (found.rowCounts.get(t) ?? 0), 0);
  }
  return Object.fromEntries(Object.entries(result).sort(([a], [b]) => order.indexOf(a) - order.indexOf(b)));
}

/** Everything the database lacks, one line each; empty when it has all the package expects. */
export function problems(expected: Expectations, found: Found): string[] {
  const missing: string[] = [];
  if (found.pending.length) {
    missing.push(`${found.pending.length} pending migration(s): ${found.pending.join(', ')}`);
  }
  for (const t of expected.tables) {
    const name = `${t.schema}.${t.name}`;
    if (!found.tables.has(name)) {
      missing.push(`table ${name} (${t.module}) is missing`);
      continue;
    }
    if (!found.tables.get(name)) missing.push(`row level security is not enabled on ${name}`);
    for (const p of t.policies) {
      const actual = found.policies.get(`${name} ${p}`);
      if (!actual) {
        missing.push(`policy ${p} on ${name} is missing`);
        continue;
      }
      const want = t.policyDefinitions[p];
      if (!want) continue;
      const changed = [
        actual.command !== want.command && `its command (${actual.command}; expected ${want.command})`,
        actual.roles.join(', ') !== want.roles.join(', ') &&
          `its roles (${actual.roles.join(', ')}; expected ${want.roles.join(', ')})`,
        actual.permissive !== want.permissive && (want.permissive ? 'made restrictive' : 'made permissive'),
      ].filter(Boolean);
      if (changed.length)
        missing.push(`policy ${p} on ${name} differs from the package's: ${changed.join(', ')}`);
    }
    for (const i of t.indexes) {
      if (!found.indexes.has(`${t.schema}.${i}`)) missing.push(`index ${i} on ${name} is missing`);
    }
  }
  for (const p of expected.sqlPolicies) {
    if (!found.policies.has(`${p.table} ${p.name}`))
      missing.push(`policy ${p.name} on ${p.table} is missing`);
  }
  for (const f of expected.functions) {
    if (!found.functions.has(f.name)) {
      missing.push(`function ${f.name}() is missing`);
      continue;
    }
    const actual = f.definition && found.definitions.get(f.name);
    if (!f.definition || !actual) continue;
    const changed = [
      actual.body !== f.definition.body && 'its body',
      actual.securityDefiner !== f.definition.securityDefiner &&
        (f.definition.securityDefiner ? 'SECURITY DEFINER removed' : 'SECURITY DEFINER added'),
      actual.settings.join('; ') !== f.definition.settings.join('; ') &&
        `its settings (${actual.settings.join('; ') || 'none'}; expected ${f.definition.settings.join('; ') || 'none'})`,
    ].filter(Boolean);
    if (changed.length)
      missing.push(`function ${f.name}() differs from the package's: ${changed.join(', ')}`);
  }
  for (const t of expected.triggers) {
    if (!found.triggers.has(`${t.name} on ${t.table}`))
      missing.push(`trigger ${t.name} on ${t.table} is missing`);
  }
  for (const s of expected.seeds) {
    for (const t of s.tables) {
      if (!found.rowCounts.get(t)) missing.push(`seed data of ${s.module} is missing: ${t} is empty`);
    }
  }
  return missing;
}
