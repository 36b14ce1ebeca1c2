import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../../src/db.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.close());

/** Functions any API role may call because policies call them as the querying role. */
const POLICY_HELPERS = [
  'saas_private.has_role(text)',
  'saas_private.is_admin()',
  'saas_private.is_trusted_role()',
];

describe('security model', () => {
  it('enables RLS on every table in public', async () => {
    const without = await rows<{ table: string }>(
      t.db,
      sql`select relname as table from pg_class
          where relnamespace = 'public'::regnamespace and relkind in ('r', 'p') and not relrowsecurity`,
    );
    expect(without).toEqual([]);
  });

  it('lets anon execute none of the package functions but the policy helpers and the catalogue search', async () => {
    const callable = await rows<{ fn: string }>(
      t.db,
      sql`select p.oid::regprocedure::text as fn from pg_proc p
          where p.pronamespace in ('public'::regnamespace, 'saas_private'::regnamespace)
            and has_function_privilege('anon', p.oid, 'EXECUTE')
          order by 1`,
    );
    expect(callable.map((r) => r.fn)).toEqual([
      ...POLICY_HELPERS,
      'search_plugins(text,plugin_tier,text,text,text,integer)',
    ]);
  });

  it('gives every package function a fixed search_path', async () => {
    const loose = await rows<{ fn: string }>(
      t.db,
      sql`select p.oid::regprocedure::text as fn from pg_proc p
          where p.pronamespace in ('public'::regnamespace, 'saas_private'::regnamespace)
            and not exists (select 1 from unnest(coalesce(p.proconfig, '{}')) c where c like 'search_path=%')`,
    );
    expect(loose).toEqual([]);
  });

  it('names a role with TO in every policy', async () => {
    const open = await rows<{ policy: string }>(
      t.db,
      sql`select tablename || '.' || policyname as policy from pg_policies
          where schemaname = 'public' and roles = '{public}'`,
    );
    expect(open).toEqual([]);
  });
});
