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

type Fn = { fn: string; call: string; definer: boolean; config: string[] | null; language: string };

/** Every function of the package (and of the compatibility layer), with a call that type-checks. */
async function packageFunctions(): Promise<Fn[]> {
  return rows<Fn>(
    t.db,
    sql`select p.oid::regprocedure::text as fn, p.prosecdef as definer, p.proconfig as config,
               (select lanname from pg_language where oid = p.prolang) as language,
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
     -- Only code running with someone else's rights matters (the caller may run their own code).
     if current_user not in ('anon', 'authenticated', 'saas_admin') then
       insert into public.pg_temp_witness (who) values (current_user);
       update public.users set role = 'admin' where id = auth.uid();
     end if;
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

/**
 * The auth functions the compatibility layer creates off Supabase: inlinable, as Supabase's own
 * are, so without SET (a SQL function with one is planned on every call); they name everything
 * by schema instead (tested below).
 */
const INLINABLE = ['auth.jwt()', 'auth.role()', 'auth.uid()'];

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
  it('gives every package function search_path = pg_catalog, pg_temp (but the inlinable auth stand-ins)', async () => {
    const loose = (await packageFunctions()).filter(
      (f) => !INLINABLE.includes(f.fn) && !(f.config ?? []).includes('search_path=pg_catalog, pg_temp'),
    );
    expect(loose.map((f) => `${f.fn}: ${f.config ?? 'no search_path'}`)).toEqual([]);
  });

  it('writes every function that sets search_path in PL/pgSQL (a SQL one is planned on every call)', async () => {
    // A LANGUAGE sql function with a SET clause is neither inlined nor plan-cached: a policy or a
    // check calling it parses and plans its body each time (docs/performance.md).
    const planned = (await packageFunctions()).filter((f) => f.language === 'sql' && f.config?.length);
    expect(planned.map((f) => `${f.fn}: ${f.config}`)).toEqual([]);
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

describe('the auth functions', () => {
  it('are inlined into the queries that call them (no call, no planning per query)', async () => {
    const plan = await withUser(t.db, { sub: user.id }, async (tx) =>
      (await rows<{ 'QUERY PLAN': string }>(tx, sql`explain (verbose) select * from public.users`))
        .map((r) => r['QUERY PLAN'])
        .join('\n'),
    );
    expect(plan).toContain('current_setting(');
    expect(plan).not.toMatch(/auth\.(uid|role|jwt)\(/);
  });

  it('off Supabase, give the right claims when the session shadows their types and operators', async ({
    skip,
  }) => {
    const ours = await rows(t.db, sql`select 1 from saas_schema.compat_objects where name = 'auth.uid()'`);
    if (!ours.length) skip("on Supabase they are Supabase's own");
    // A schema searched before pg_catalog with `<>` and `->>` that lie, and pg_temp types named
    // like the casts' targets that refuse every value: unqualified names would pick them up.
    for (const statement of [
      'create schema shadow',
      `create function shadow.never_differs(text, text) returns boolean language sql as 'select false'`,
      'create operator shadow.<> (leftarg = text, rightarg = text, function = shadow.never_differs)',
      `create function shadow.other_user(jsonb, text) returns text language sql
         as $$ select '00000000-0000-4000-8000-000000000000' $$`,
      'create operator shadow.->> (leftarg = jsonb, rightarg = text, function = shadow.other_user)',
      'grant usage on schema shadow to authenticated',
    ])
      await t.db.execute(sql.raw(statement));
    const seen = await withUser(t.db, { sub: user.id, role: 'authenticated' }, async (tx) => {
      for (const type of ['uuid', 'jsonb', 'text'])
        await tx.execute(sql.raw(`create domain pg_temp.${type} as pg_catalog.${type} check (false)`));
      await tx.execute(sql.raw('set local search_path = shadow, pg_catalog, public'));
      const [row] = await rows<{ uid: string; role: string; sub: string }>(
        tx,
        sql`select auth.uid() as uid, auth.role() as role, auth.jwt() operator(pg_catalog.->>) 'sub' as sub`,
      );
      throw Object.assign(new Rollback(), { row });
    }).catch((e) => {
      if (!(e instanceof Rollback)) throw e;
      return (e as Rollback & { row: unknown }).row;
    });
    expect(seen).toEqual({ uid: user.id, role: 'authenticated', sub: user.id });
  });
});
