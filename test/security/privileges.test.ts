/**
 * The privilege catalogue: for each API role (and saas_admin), exactly the functions it may
 * execute and the table privileges it holds, in every schema the package touches, compared with
 * what the package declares (test/security/declared.ts). An extra or missing privilege fails
 * with the object and role named. On Supabase only the package's own objects are compared: the
 * ACLs of Supabase's auth and storage are Supabase's.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../../src/db.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import {
  catalogueRoles,
  compatObjects,
  declaredFunctionGrants,
  declaredTablePrivileges,
  declaredTables,
  mayExecute,
  PACKAGE_SCHEMAS,
  TABLE_PRIVILEGES,
} from './declared.js';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.close());

/** A list as one bound array parameter (Drizzle would spread a JS array into a row). */
const array = (items: readonly (string | number)[]) => sql`string_to_array(${items.join('\n')}, E'\n')`;

const schemas = sql.raw(`(${PACKAGE_SCHEMAS.map((s) => `'${s}'`).join(', ')})`);
const roleList = sql.raw(`(${catalogueRoles.map((r) => `'${r}'`).join(', ')})`);

/** Supabase's semantics, which the compatibility layer reproduces where it created the object. */
const COMPAT_TABLE_PRIVILEGES: Record<string, string[]> = {
  'auth.users': [],
  'storage.buckets': ['SELECT', 'INSERT', 'UPDATE', 'DELETE'],
  'storage.objects': ['SELECT', 'INSERT', 'UPDATE', 'DELETE'],
};

/**
 * The functions the units create with the roles holding EXECUTE; in auth and storage only those
 * the compatibility layer created here (none on Supabase: those are Supabase's).
 */
async function packageFunctions() {
  const compat = await compatObjects(t.db, 'function');
  return [...(await declaredFunctionGrants())].filter(
    ([fn]) => !/^(auth|storage)\./.test(fn) || compat.includes(fn),
  );
}

describe('privilege catalogue', () => {
  it('grants EXECUTE on exactly the functions each role is declared to call', async () => {
    const functions = await packageFunctions();
    const expected: string[] = [];
    const missing: string[] = [];
    const labels = new Map<number, string>(); // the units' spelling, matched by oid
    for (const [fn, holders] of functions) {
      const [found] = await rows<{ oid: number | null }>(
        t.db,
        sql`select to_regprocedure(${fn})::oid as oid`,
      );
      if (found?.oid) labels.set(Number(found.oid), fn);
      else missing.push(fn);
      for (const role of catalogueRoles) if (mayExecute(holders, role)) expected.push(`${role} → ${fn}`);
    }
    expect(missing, 'functions the units create but the database lacks').toEqual([]);

    const actual = await rows<{ oid: number; label: string; role: string }>(
      t.db,
      sql`select p.oid, n.nspname || '.' || p.proname || '(' || oidvectortypes(p.proargtypes) || ')' as label, r.rolname as role
          from pg_proc p join pg_namespace n on n.oid = p.pronamespace, pg_roles r
          where r.rolname in ${roleList}
            and (n.nspname in ${schemas} or p.oid = any(${array([...labels.keys()])}::oid[]))
            and has_function_privilege(r.oid, p.oid, 'EXECUTE')`,
    );
    const granted = actual.map(
      (a) => `${a.role} → ${labels.get(Number(a.oid)) ?? `${a.label} (created by no unit)`}`,
    );
    expect(granted.sort()).toEqual(expected.sort());
  });

  it('revokes EXECUTE from PUBLIC on every function of the package', async () => {
    // auth.* and storage.* are the compatibility layer's copies of Supabase's (PUBLIC may call them).
    const open = [...(await declaredFunctionGrants())].filter(
      ([fn, holders]) => holders.has('PUBLIC') && !/^(auth|storage)\./.test(fn),
    );
    expect(open.map(([fn]) => fn)).toEqual([]);
  });

  it('gives each role exactly the table privileges its access declarations allow', async () => {
    const compat = await compatObjects(t.db, 'table');
    const expected: string[] = [];
    for (const { name, access } of declaredTables()) {
      const privileges = declaredTablePrivileges(access);
      for (const role of catalogueRoles)
        for (const command of privileges[role]) expected.push(`${role} ${command.toUpperCase()} ${name}`);
    }
    for (const name of compat)
      for (const role of catalogueRoles)
        for (const privilege of COMPAT_TABLE_PRIVILEGES[name] ?? [])
          expected.push(`${role} ${privilege} ${name}`);

    const actual = await rows<{ entry: string }>(
      t.db,
      sql`select r.rolname || ' ' || p.privilege || ' ' || n.nspname || '.' || c.relname as entry
          from pg_class c join pg_namespace n on n.oid = c.relnamespace,
               pg_roles r, unnest(${array(TABLE_PRIVILEGES)}) as p(privilege)
          where r.rolname in ${roleList}
            and c.relkind in ('r', 'p', 'v', 'm', 'f')
            and (n.nspname in ${schemas} or n.nspname || '.' || c.relname = any(${array(compat)}))
            and has_table_privilege(r.oid, c.oid, p.privilege)`,
    );
    expect(actual.map((a) => a.entry).sort()).toEqual(expected.sort());
  });

  it('gives no API role TRUNCATE, REFERENCES or TRIGGER on any table of the package', async () => {
    const compat = await compatObjects(t.db, 'table');
    const found = await rows<{ entry: string }>(
      t.db,
      sql`select r.rolname || ' ' || p.privilege || ' ' || n.nspname || '.' || c.relname as entry
          from pg_class c join pg_namespace n on n.oid = c.relnamespace,
               pg_roles r, unnest(array['TRUNCATE', 'REFERENCES', 'TRIGGER']) as p(privilege)
          where r.rolname in ${roleList} and c.relkind in ('r', 'p', 'v', 'm', 'f')
            and (n.nspname in ${schemas} or n.nspname || '.' || c.relname = any(${array(compat)}))
            and has_table_privilege(r.oid, c.oid, p.privilege)
          order by 1`,
    );
    expect(found.map((f) => f.entry)).toEqual([]);
  });

  it('grants no column privileges (secrets live in side tables, not behind column grants)', async () => {
    const found = await rows<{ entry: string }>(
      t.db,
      sql`select pg_get_userbyid(a.grantee) || ' ' || a.privilege_type || ' ' || c.oid::regclass::text || '.' || att.attname as entry
          from pg_attribute att join pg_class c on c.oid = att.attrelid join pg_namespace n on n.oid = c.relnamespace,
               aclexplode(att.attacl) a
          where n.nspname in ${schemas} and att.attacl is not null
          order by 1`,
    );
    expect(found.map((f) => f.entry)).toEqual([]);
  });

  it('lets no API role create objects in the package schemas', async () => {
    const found = await rows<{ entry: string }>(
      t.db,
      sql`select r.rolname || ' CREATE ' || n.nspname as entry from pg_namespace n, pg_roles r
          where n.nspname in ${schemas} and r.rolname in ${roleList}
            and has_schema_privilege(r.oid, n.oid, 'CREATE')`,
    );
    expect(found.map((f) => f.entry)).toEqual([]);
  });

  it('lets saas_admin hold nothing of its own: admins get what authenticated has, through RLS', async () => {
    const direct = await rows<{ entry: string }>(
      t.db,
      sql`select c.oid::regclass::text || ' ' || a.privilege_type as entry
          from pg_class c join pg_namespace n on n.oid = c.relnamespace, aclexplode(c.relacl) a
          where n.nspname in ${schemas} and a.grantee = 'saas_admin'::regrole`,
    );
    expect(direct.map((d) => d.entry)).toEqual([]);
  });
});
