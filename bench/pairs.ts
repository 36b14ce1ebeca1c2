/**
 * What the bench measures: pairs of workloads run alternately under the same load, each pair with
 * the ratio it must keep. A module adds its hot paths in `bench/modules/<module>.ts`; every
 * `perUser()` table gets its RLS-only list pair from its access declaration, without listing it.
 */
import { getTableConfig, type PgTable } from 'drizzle-orm/pg-core';
import type { Database } from '../src/db.js';
import { moduleSchemas } from '../src/registry.js';
import { accessOf } from '../src/shared/access.js';

/**
 * Who runs a side: a signed-in user (`authenticated`, RLS applies), a visitor (`anon`, RLS
 * applies, no user in the claims) or the service role (bypasses RLS).
 */
export type Actor = 'user' | 'anon' | 'service_role';

/**
 * One side of a pair. `sql` is run by pgbench, one transaction per run of the script, as `as`,
 * for a random user of the loaded ones (`:uid`, a bound parameter: `user_id = :uid` is the
 * `user_id = $1` of an application; `:today` is the start of the current UTC day and `:period` the
 * current UTC month `YYYY-MM`, also bound, as an application passes them).
 * `node` is a call of the package's TypeScript API instead, run by 8 concurrent callers on one
 * postgres.js pool.
 */
export type Side =
  | {
      label: string;
      as: Actor;
      sql: string;
      /**
       * Its plan (EXPLAIN as its actor, for one user, just before the pair runs) must find its
       * rows of `table` through an index condition on `by`.
       */
      indexed?: { table: string; by: string };
    }
  | { label: string; node: (db: Database, uid: string) => Promise<unknown> };

/**
 * `slowdown`: the subject's time per transaction over the baseline's (tps baseline / subject) must
 * be at most `max`. `throughput`: the subject's tps over the baseline's must be at least `min`.
 * `report`: printed (as a `ratio`, default slowdown), never gated (hot keys: contention, not the
 * schema, decides).
 */
export type Target =
  | { kind: 'slowdown'; max: number }
  | { kind: 'throughput'; min: number }
  | { kind: 'report'; note: string; ratio?: 'slowdown' | 'throughput' };

export type Pair = {
  name: string;
  /** One line: what the numbers say. */
  measures: string;
  subject: Side;
  baseline: Side;
  target: Target;
  /** Every client works for the same user (a hot key) instead of a random one. */
  hotUser?: boolean;
  /**
   * Sanity check of writing sides: SQL returning one number (`n`) that each transaction of the side
   * raises by exactly one (e.g. the sum of a counter), read before and after each run.
   */
  counts?: { subject?: string; baseline?: string };
  /**
   * Statements run once before the pair's rounds, to give both sides the same start (see
   * `bareUpsert`): otherwise a side's state depends on which pairs ran before it.
   */
  before?: string[];
};

/**
 * The floor of every counter pair: the same upsert on a table with nothing but a key and a
 * number (`bench_counter`, created by the billing loader).
 */
export const bareUpsert = {
  label: 'bare 2-column upsert',
  as: 'service_role',
  sql: 'INSERT INTO public.bench_counter AS c (k, n) VALUES (:uid, 1) ON CONFLICT (k) DO UPDATE SET n = c.n + 1',
} as const;
export const bareUpsertTotal = 'SELECT coalesce(sum(n), 0) AS n FROM public.bench_counter';

/**
 * The `before` of a counter pair: both sides start with a counter for every user, so every
 * increment measured updates one, as almost every call does in use (only a period's first call
 * for a key inserts). `subjectCounters` inserts the subject's counters of the current period (at
 * zero, `ON CONFLICT DO NOTHING`). Started empty instead, each side inserted for as long as it took
 * random picks to reach every user (a third of the rounds), the subject with its foreign-key
 * checks: the ratio then measured that transient, round after round rising 0.68 ... 0.88.
 */
export const countersForEveryUser = (subjectCounters: string): string[] => [
  'TRUNCATE public.bench_counter',
  'INSERT INTO public.bench_counter (k, n) SELECT id, 0 FROM public.bench_users',
  subjectCounters,
];

export type BenchModule = {
  /** Statements loading the module's data at scale; `:users` is the number of users. */
  load: (scale: Scale) => string[];
  /** Rows each table must hold after loading (a table missing here is not checked). */
  rows: (scale: Scale) => Record<string, number>;
  pairs: Pair[];
};

export type Scale = {
  users: number;
  /** usage_counters rows per user (100 at full scale: 1M rows for 10,000 users). */
  countersPerUser: number;
};

export const roleOf = (actor: Actor) =>
  ({ user: 'authenticated', anon: 'anon', service_role: 'service_role' })[actor];

/** The JWT claims PostgREST would set for the actor (a visitor's have no subject). */
export const claimsOf = (actor: Actor, uid: string) =>
  actor === 'anon' ? { role: 'anon' } : { sub: uid, role: roleOf(actor) };

/**
 * The pgbench script of a side: pick a user (`\set n`), read their id and set the JWT claims as
 * PostgREST does (`request.jwt.claims`, transaction-local, read by `auth.uid()`), switch to the
 * actor's role, run the statements. Both sides of a pair pay the same preamble.
 */
export function pgbenchScript(side: Extract<Side, { sql: string }>, hotUser = false): string {
  const role = roleOf(side.as);
  const claims =
    side.as === 'anon'
      ? `json_build_object('role', 'anon')`
      : `json_build_object('sub', id, 'role', '${role}')`;
  return `${hotUser ? '\\set n 1' : '\\set n random(1, :users)'}
BEGIN;
SELECT id AS uid,
  set_config('request.jwt.claims', ${claims}::text, true) AS claims
FROM bench_users WHERE n = :n \\gset
SET LOCAL ROLE ${role};
${side.sql.trim().replace(/;?$/, ';')}
END;
`;
}

/** The `perUser()` tables of every module, with their owner column, from the access declarations. */
export function perUserTables(): { table: string; owner: string }[] {
  return Object.values(moduleSchemas).flatMap((schema) =>
    Object.values(schema ?? {}).flatMap((value) => {
      const access = value && typeof value === 'object' ? accessOf(value) : undefined;
      if (access?.kind !== 'perUser') return [];
      return [{ table: getTableConfig(value as PgTable).name, owner: access.owner ?? 'user_id' }];
    }),
  );
}

/**
 * Each per-user table's list query relying on RLS alone (what `supabase-js` `.from(t).select()`
 * and a plain Drizzle `select()` inside `withUser` send) vs the service role filtering itself.
 */
export function perUserListPair(table: string, owner: string): Pair {
  const indexed = { table, by: owner };
  return {
    name: `${table}: RLS-only list`,
    measures: `signed-in \`select * from ${table}\` (RLS alone) vs service_role \`where ${owner} = $1\``,
    subject: { label: 'user, RLS only', as: 'user', sql: `SELECT * FROM public.${table}`, indexed },
    baseline: {
      label: 'service_role, filter',
      as: 'service_role',
      sql: `SELECT * FROM public.${table} WHERE ${owner} = :uid`,
      indexed,
    },
    target: { kind: 'slowdown', max: 1.25 },
  };
}
