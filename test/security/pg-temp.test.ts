/**
 * A signed-in session that may create temporary objects shadows the types and tables SECURITY
 * DEFINER code uses (`pg_temp.uuid`, `pg_temp.users` ...) with ones whose CHECK calls its own
 * function; were pg_temp searched first, that function would run as the definer (the owner) and
 * could make the user an admin. Every package function puts pg_temp last in its search_path, so
 * nothing the session planted runs. The functions are enumerated from pg_proc, so new modules
 * are covered without editing this file.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../../src/db.js';
import { withUser } from '../../src/with-user.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { createUser, type TestUser } from '../support/fixtures.js';
import { PACKAGE_SCHEMAS } from './declared.js';

let t: TestDatabase;
let user: TestUser;
beforeAll(async () => {
  t = await createTestDatabase();
  user = await createUser(t.db);
  // Where the planted code would leave its mark; writable by the attacker, so its emptiness
  // proves nothing ran, and it would also try to promote the user (which needs the owner's rights).
  await t.db.execute(sql`create table public.pg_temp_witness (who text, at timestamptz default now())`);
  await t.db.execute(sql`grant insert, select on public.pg_temp_witness to authenticated, saas_admin`);
});
afterAll(() => t.close());

const schemas = sql.raw(`(${PACKAGE_SCHEMAS.map((s) => `'${s}'`).join(', ')})`);

type Fn = { fn: string; call: string; definer: boolean; config: string[] | null };

/** Every function of the package (and of the compatibility layer), with a call that type-checks. */
async function packageFunctions(): Promise<Fn[]> {
  return rows<Fn>(
    t.db,
    sql`select p.oid::regprocedure::text as fn, p.prosecdef as definer, p.proconfig as config,
               format('%I.%I(%s)', n.nspname, p.proname,
                 (select string_agg(format('null::%I.%I', tn.nspname, ty.typname), ', ' order by a.n)
                  from unnest(p.proargtypes) with ordinality a(type, n)
                  join pg_type ty on ty.oid = a.type join pg_namespace tn on tn.oid = ty.typnamespace)) as call
        from pg_proc p join pg_namespace n on n.oid = p.pronamespace
        where (n.nspname in ${schemas}
               or p.oid::regprocedure::text in (select name from saas_schema.compat_objects where kind = 'function'))
          and p.prokind = 'f'
        order by 1`,
  );
}

/** As the user: plants pg_temp shadows of the types and tables the package's functions use. */
const PLANT = [
  `create function pg_temp.evil() returns boolean language plpgsql as $$
   begin
     insert into public.pg_temp_witness (who) values (current_user);
     update public.users set role = 'admin' where id = auth.uid();
     return true;
   end $$`,
  ...['uuid', 'text', 'jsonb', 'int4', 'timestamptz'].map(
    (type) => `create domain pg_temp.${type} as pg_catalog.${type} check (pg_temp.evil())`,
  ),
  // Tables the functions read, shadowed with rows saying "this user is an admin, on every plan".
  ...[
    'users',
    'plans',
    'subscriptions',
    'usage_counters',
    'features',
    'plan_features',
    'objects',
    'buckets',
  ].map(
    (table) =>
      `create table pg_temp.${table} as select auth.uid() as id, auth.uid() as user_id, 'admin'::pg_catalog.text as role`,
  ),
];

/** Runs a statement in a savepoint so a refusal does not abort the transaction. */
async function attempt(
  tx: { execute: (q: ReturnType<typeof sql.raw>) => Promise<unknown> },
  statement: string,
) {
  await tx.execute(sql.raw('savepoint attempt'));
  try {
    await tx.execute(sql.raw(statement));
    await tx.execute(sql.raw('release savepoint attempt'));
    return true;
  } catch {
    await tx.execute(sql.raw('rollback to savepoint attempt'));
    return false;
  }
}

class Rollback extends Error {}

describe('pg_temp cannot hijack the package functions', () => {
  it('gives every package function search_path = pg_catalog, pg_temp', async () => {
    const loose = (await packageFunctions()).filter(
      (f) => !(f.config ?? []).includes('search_path=pg_catalog, pg_temp'),
    );
    expect(loose.map((f) => `${f.fn}: ${f.config ?? 'no search_path'}`)).toEqual([]);
  });

  it('runs nothing planted in pg_temp when a user calls any package function or queries under RLS', async () => {
    const functions = await packageFunctions();
    expect(functions.filter((f) => f.definer).length).toBeGreaterThan(0);
    await withUser(t.db, { sub: user.id }, async (tx) => {
      for (const statement of PLANT) expect(await attempt(tx, statement), statement).toBe(true);
      // Refusals are fine (trigger functions, service-only ones): nothing planted may run.
      for (const f of functions) await attempt(tx, `select ${f.call}`);
      // Policies call the RLS helpers: plain queries run them too.
      const [visible] = await rows<{ n: number }>(tx, sql`select count(*)::int as n from public.users`);
      expect(visible?.n, 'a user sees only their own row').toBe(1);
      const [admin] = await rows<{ yes: boolean }>(tx, sql`select saas_private.is_admin() as yes`);
      expect(admin?.yes, 'pg_temp.users made the user an admin').toBe(false);
      expect(
        await rows(tx, sql`select who from public.pg_temp_witness`),
        'code planted in pg_temp ran',
      ).toEqual([]);
      throw new Rollback(); // temporary objects outlive a commit: never leave them in the session
    }).catch((e) => {
      if (!(e instanceof Rollback)) throw e;
    });
    const [me] = await rows<{ role: string }>(t.db, sql`select role from public.users where id = ${user.id}`);
    expect(me?.role).toBe('user');
    expect(await rows(t.db, sql`select who from public.pg_temp_witness`)).toEqual([]);
  });

  it('sees planted code when it does run (the witness can fail the test)', async () => {
    let seen: unknown[] = [];
    await withUser(t.db, { sub: user.id }, async (tx) => {
      await tx.execute(sql.raw(PLANT[0]!));
      await attempt(tx, 'select pg_temp.evil()'); // as the user: the promotion is refused, the insert is not
      await tx.execute(
        sql.raw(`create or replace function pg_temp.mark() returns void language sql as
        $$ insert into public.pg_temp_witness (who) values (current_user) $$`),
      );
      await tx.execute(sql.raw('select pg_temp.mark()'));
      seen = await rows(tx, sql`select who from public.pg_temp_witness`);
      throw new Rollback();
    }).catch((e) => {
      if (!(e instanceof Rollback)) throw e;
    });
    expect(seen.length).toBeGreaterThan(0);
  });
});
