/**
 * What the package declares about privileges, read from the package itself so new modules are
 * covered without editing the tests: table privileges from each table's access declaration
 * (`defineTable`, src/shared/access.ts, found through src/registry.ts) and function EXECUTE
 * grants from the GRANT/REVOKE statements of the SQL units (src/modules/<module>/sql/*.sql, read
 * with PostgreSQL's parser).
 */
import { is, sql } from 'drizzle-orm';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import { parseSync } from 'libpg-query';
import { sqlUnits } from '../../scripts/generate/units.js';
import { type Database, rows } from '../../src/db.js';
import { moduleSchemas } from '../../src/registry.js';
import {
  ADMIN_ROLE,
  accessOf,
  apiRoles,
  type Command,
  privilegesOf,
  type TableAccess,
} from '../../src/shared/access.js';
import { nodeType } from '../../src/sql/parse.js';

/** The roles whose privileges are catalogued: the API roles and the admins' role. */
export const catalogueRoles = [...apiRoles, ADMIN_ROLE] as const;
export type CatalogueRole = (typeof catalogueRoles)[number];

/** The schemas the package creates objects in (auth and storage: only what it created, see below). */
export const PACKAGE_SCHEMAS = ['public', 'saas_private', 'saas_schema'];

/** Every privilege PostgreSQL knows on a table. */
export const TABLE_PRIVILEGES = ['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'TRUNCATE', 'REFERENCES', 'TRIGGER'];

export type DeclaredTable = { name: string; access: TableAccess };

/** Every table of the package, schema-qualified, with its access declaration. */
export function declaredTables(): DeclaredTable[] {
  return Object.values(moduleSchemas)
    .flatMap((exports) => Object.values(exports ?? {}))
    .filter((value): value is PgTable => is(value, PgTable))
    .map((table) => {
      const config = getTableConfig(table);
      const access = accessOf(table);
      if (!access) throw new Error(`table ${config.name} has no access declaration`);
      return { name: `${config.schema ?? 'public'}.${config.name}`, access };
    });
}

/** The commands each catalogued role may run on a table (admins inherit `authenticated`'s). */
export function declaredTablePrivileges(access: TableAccess): Record<CatalogueRole, Command[]> {
  const privileges = privilegesOf(access);
  return { ...privileges, [ADMIN_ROLE]: privileges.authenticated };
}

/**
 * Roles holding EXECUTE on each function the SQL units create, by function identity
 * (`schema.name(argtypes)`), after replaying the units' GRANT and REVOKE statements in order. A
 * new function starts as PostgreSQL and Supabase's default privileges leave it: PUBLIC holds
 * EXECUTE, and in `public` the API roles too (so a unit that forgets a REVOKE is caught).
 */
export async function declaredFunctionGrants(): Promise<Map<string, Set<string>>> {
  const grants = new Map<string, Set<string>>();
  for (const unit of await sqlUnits()) {
    unit.effects.forEach((effect, i) => {
      for (const o of effect.creates.filter((c) => c.kind === 'function'))
        if (!grants.has(o.id))
          grants.set(o.id, new Set(['PUBLIC', ...(o.id.startsWith('public.') ? apiRoles : [])]));
      for (const o of effect.drops.filter((c) => c.kind === 'function')) grants.delete(o.id);
      if (!effect.grantsOn.length) return;
      // The statement is a GRANT or REVOKE on functions: replay it.
      const [, stmt] = nodeType(parsedNode(unit.statements[i]!));
      const roles = (stmt.grantees ?? []).map((g: { RoleSpec: { roletype: string; rolename?: string } }) =>
        g.RoleSpec.roletype === 'ROLESPEC_PUBLIC' ? 'PUBLIC' : g.RoleSpec.rolename!,
      );
      for (const fn of effect.grantsOn) {
        const holders = grants.get(fn.id) ?? new Set<string>();
        for (const role of roles) stmt.is_grant ? holders.add(role) : holders.delete(role);
        grants.set(fn.id, holders);
      }
    });
  }
  return grants;
}

// sqlUnits() keeps statement texts and their effects; the grantees need the parse tree again.
function parsedNode(text: string) {
  return (parseSync(text) as { stmts: { stmt: Record<string, unknown> }[] }).stmts[0]!.stmt;
}

/** Whether `role` may execute a function whose ACL holds `holders` (saas_admin inherits authenticated). */
export const mayExecute = (holders: Set<string>, role: CatalogueRole) =>
  holders.has('PUBLIC') || holders.has(role) || (role === ADMIN_ROLE && holders.has('authenticated'));

/** What the compatibility layer created here (nothing on Supabase), from saas_schema.compat_objects. */
export async function compatObjects(db: Database, kind: 'table' | 'function'): Promise<string[]> {
  const found = await rows<{ name: string }>(
    db,
    sql`select name from saas_schema.compat_objects where kind = ${kind} order by name`,
  );
  return found.map((r) => r.name);
}
