/**
 * A database's schema as plain data, read from the catalogue, to compare two states (e.g. before a
 * migration and after rolling it back). Covers the package's schemas; roles are cluster-wide and
 * left out (grants are included, as ACLs with their entries sorted).
 */
import { sql } from 'drizzle-orm';
import { type Database, rows } from '../../src/db.js';

export const SNAPSHOT_SCHEMAS = ['public', 'auth', 'storage', 'saas_private', 'saas_schema'];

export type CatalogSnapshot = Record<string, unknown[]>;

export async function catalogSnapshot(db: Database): Promise<CatalogSnapshot> {
  const schemas = sql.raw(`(${SNAPSHOT_SCHEMAS.map((s) => `'${s}'`).join(', ')})`);
  const acl = (column: string) =>
    sql.raw(`(select array_agg(x::text order by x::text) from unnest(${column}) as x)`);
  return {
    schemas: await rows(
      db,
      sql`select nspname, ${acl('nspacl')} as acl from pg_namespace where nspname in ${schemas} order by 1`,
    ),
    defaultPrivileges: await rows(
      db,
      sql`select n.nspname, d.defaclobjtype, ${acl('d.defaclacl')} as acl
          from pg_default_acl d left join pg_namespace n on n.oid = d.defaclnamespace
          where n.nspname is null or n.nspname in ${schemas} order by 1, 2`,
    ),
    relations: await rows(
      db,
      sql`select n.nspname, c.relname, c.relkind, c.relrowsecurity, c.relforcerowsecurity, ${acl('c.relacl')} as acl
          from pg_class c join pg_namespace n on n.oid = c.relnamespace
          where n.nspname in ${schemas} and c.relkind in ('r', 'p', 'v', 'm', 'S', 'f')
          order by 1, 2`,
    ),
    columns: await rows(
      db,
      sql`select n.nspname, c.relname, a.attname, format_type(a.atttypid, a.atttypmod) as type, a.attnotnull,
                 pg_get_expr(d.adbin, d.adrelid) as default, ${acl('a.attacl')} as acl
          from pg_attribute a
          join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
          left join pg_attrdef d on d.adrelid = a.attrelid and d.adnum = a.attnum
          where n.nspname in ${schemas} and c.relkind in ('r', 'p', 'v', 'm', 'f')
            and a.attnum > 0 and not a.attisdropped
          order by 1, 2, 3`,
    ),
    indexes: await rows(
      db,
      sql`select schemaname, tablename, indexname, indexdef from pg_indexes
          where schemaname in ${schemas} order by 1, 2, 3`,
    ),
    constraints: await rows(
      db,
      sql`select n.nspname, c.conrelid::regclass::text as relation, c.conname, pg_get_constraintdef(c.oid) as def
          from pg_constraint c join pg_namespace n on n.oid = c.connamespace
          where n.nspname in ${schemas} order by 1, 2, 3`,
    ),
    policies: await rows(
      db,
      sql`select schemaname, tablename, policyname, permissive, roles::text[] as roles, cmd, qual, with_check
          from pg_policies where schemaname in ${schemas} order by 1, 2, 3`,
    ),
    functions: await rows(
      db,
      sql`select n.nspname, p.proname, pg_get_function_identity_arguments(p.oid) as args,
                 pg_get_function_result(p.oid) as result, p.prosecdef, p.proconfig, md5(p.prosrc) as body,
                 ${acl('p.proacl')} as acl
          from pg_proc p join pg_namespace n on n.oid = p.pronamespace
          where n.nspname in ${schemas} order by 1, 2, 3`,
    ),
    triggers: await rows(
      db,
      sql`select t.tgrelid::regclass::text as relation, t.tgname, pg_get_triggerdef(t.oid) as def
          from pg_trigger t join pg_class c on c.oid = t.tgrelid join pg_namespace n on n.oid = c.relnamespace
          where not t.tgisinternal and n.nspname in ${schemas} order by 1, 2`,
    ),
    types: await rows(
      db,
      sql`select n.nspname, t.typname, t.typtype,
                 (select array_agg(e.enumlabel::text order by e.enumsortorder) from pg_enum e where e.enumtypid = t.oid) as labels
          from pg_type t join pg_namespace n on n.oid = t.typnamespace
          where n.nspname in ${schemas} and t.typtype in ('e', 'd', 'c')
            and not exists (select from pg_class c where c.oid = t.typrelid and c.relkind <> 'c')
          order by 1, 2`,
    ),
  };
}
