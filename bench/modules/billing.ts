/** billing: subscriptions, payments, invoices and 1M usage counters; the counter and quota hot paths. */
import { eq } from 'drizzle-orm';
import { getCurrentPlan } from '../../src/modules/billing/queries/plans.js';
import { users } from '../../src/modules/core/users.js';
import { withUser } from '../../src/with-user.js';
import { type BenchModule, bareUpsert, bareUpsertTotal, countersForEveryUser, type Pair } from '../pairs.js';

const METRICS = ['messages', 'api_requests', 'storage_bytes', 'agents', 'instances'];
/** Counters every 3 days back from today: about 45 of a user's 100 fall in the last 30 days. */
const WINDOW_EVERY_DAYS = 3;

const last30Days = `window_start >= now() - interval '30 days'`;
/** Every read of a user's counters must find them by `user_id` (the user index or the key), never a window scan. */
const byUser = { table: 'usage_counters', by: 'user_id' };
const apiRequestsTotal = `SELECT sum(count) AS n FROM public.usage_counters WHERE metric = 'api_requests'`;

/** Today's `api_requests` counter of every user, as `increment_usage_counter` defaults its window. */
const everyCounter = countersForEveryUser(
  `INSERT INTO public.usage_counters (user_id, metric, window_start, window_end)
   SELECT id, 'api_requests', date_trunc('day', now(), 'UTC'), date_trunc('day', now(), 'UTC') + interval '1 day'
   FROM public.bench_users ON CONFLICT DO NOTHING`,
);

const increment = {
  label: 'increment_usage_counter',
  as: 'service_role',
  sql: `SELECT public.increment_usage_counter(:uid, 'api_requests', 1)`,
} as const;

const pairs: Pair[] = [
  {
    name: 'usage_counters: RLS-only, 30 days',
    measures: 'signed-in user relying on RLS alone vs service_role with `user_id = $1`',
    subject: {
      label: 'user, RLS only',
      as: 'user',
      sql: `SELECT * FROM public.usage_counters WHERE ${last30Days}`,
    },
    baseline: {
      label: 'service_role, filter',
      as: 'service_role',
      sql: `SELECT * FROM public.usage_counters WHERE user_id = :uid AND ${last30Days}`,
      indexed: byUser,
    },
    target: { kind: 'slowdown', max: 1.25 },
  },
  {
    name: 'usage_counters: filter both sides',
    measures: 'the same query with `user_id = $1` on both sides: the cost of RLS itself',
    subject: {
      label: 'user, filter',
      as: 'user',
      sql: `SELECT * FROM public.usage_counters WHERE user_id = :uid AND ${last30Days}`,
      indexed: byUser,
    },
    baseline: {
      label: 'service_role, filter',
      as: 'service_role',
      sql: `SELECT * FROM public.usage_counters WHERE user_id = :uid AND ${last30Days}`,
      indexed: byUser,
    },
    target: { kind: 'slowdown', max: 1.25 },
  },
  {
    name: 'increment_usage_counter',
    measures: 'the counter (random user of all) vs a bare upsert on a two-column table',
    subject: increment,
    baseline: bareUpsert,
    target: { kind: 'throughput', min: 0.8 },
    counts: { subject: apiRequestsTotal, baseline: bareUpsertTotal },
    before: everyCounter,
  },
  {
    name: 'increment_usage_counter, hot key',
    measures: 'one user, all clients: row-lock contention on one counter',
    subject: increment,
    baseline: bareUpsert,
    target: { kind: 'report', note: 'contention, not gated', ratio: 'throughput' },
    hotUser: true,
    counts: { subject: apiRequestsTotal, baseline: bareUpsertTotal },
    before: everyCounter,
  },
  {
    name: 'check_usage_quota',
    measures: 'signed-in user: the quota check vs one indexed lookup of the counter',
    subject: {
      label: 'check_usage_quota',
      as: 'user',
      sql: `SELECT * FROM public.check_usage_quota(:uid, 'api_requests')`,
    },
    baseline: {
      label: 'indexed lookup',
      as: 'user',
      sql: `SELECT * FROM public.usage_counters
            WHERE user_id = :uid AND metric = 'api_requests' AND window_start = :today`,
      // What check_usage_quota runs inside, with the window as a value (as PL/pgSQL binds it):
      // after the increment pairs today's window is full of rows the statistics have not seen.
      indexed: byUser,
    },
    // Three indexed lookups and a PL/pgSQL call against one lookup.
    target: { kind: 'slowdown', max: 2 },
  },
  {
    name: 'getCurrentPlan',
    measures: 'withUser + getCurrentPlan (TypeScript, 2-3 queries) vs withUser + one indexed lookup',
    subject: {
      label: 'getCurrentPlan',
      node: (db, uid) => withUser(db, { sub: uid }, (tx) => getCurrentPlan(tx, uid)),
    },
    baseline: {
      label: 'indexed lookup',
      node: (db, uid) => withUser(db, { sub: uid }, (tx) => tx.select().from(users).where(eq(users.id, uid))),
    },
    // Two or three queries against one inside the same withUser transaction: issue 9 sets no
    // target; reported until getCurrentPlan is one query (docs/performance.md).
    target: { kind: 'report', note: 'no target yet' },
  },
];

export const billing: BenchModule = {
  load: ({ countersPerUser }) => {
    const windows = Math.ceil(countersPerUser / METRICS.length);
    return [
      // An old cancelled subscription each; two users of three on a live paid plan.
      `INSERT INTO public.subscriptions (user_id, plan_id, status, current_period_start, current_period_end,
         cancelled_at, ended_at, created_at)
       SELECT b.id, p.id, 'cancelled', now() - interval '400 days', now() - interval '370 days',
         now() - interval '370 days', now() - interval '370 days', now() - interval '400 days'
       FROM public.bench_users b, public.plans p WHERE p.code = 'starter'`,
      `INSERT INTO public.subscriptions (user_id, plan_id, status, current_period_start, current_period_end)
       SELECT b.id, p.id, 'active', now() - interval '10 days', now() + interval '20 days'
       FROM public.bench_users b
       JOIN public.plans p ON p.code = (ARRAY['hobby', 'starter', 'pro', 'business'])[1 + b.n % 4]
       WHERE b.n % 3 <> 0`,
      `INSERT INTO public.transactions (user_id, amount, status, provider, description, created_at)
       SELECT b.id, 1000 + i, 'succeeded', 'manual', 'bench', now() - i * interval '30 days'
       FROM public.bench_users b, generate_series(1, 10) i`,
      `INSERT INTO public.invoices (user_id, number, status, subtotal, tax, total)
       SELECT b.id, 'BENCH-' || b.n || '-' || i, 'open', 1000, 100, 1100
       FROM public.bench_users b, generate_series(1, 5) i`,
      `INSERT INTO public.usage_counters (user_id, metric, count, window_start, window_end)
       SELECT b.id, m.metric, (b.n + w) % 100,
         date_trunc('day', now(), 'UTC') - w * interval '${WINDOW_EVERY_DAYS} days',
         date_trunc('day', now(), 'UTC') - w * interval '${WINDOW_EVERY_DAYS} days' + interval '1 day'
       FROM public.bench_users b
       CROSS JOIN unnest(ARRAY[${METRICS.map((m) => `'${m}'`).join(', ')}]) m(metric)
       CROSS JOIN generate_series(1, ${windows}) w`,
      // The increment pair's floor (bench-only, like bench_users).
      'CREATE TABLE public.bench_counter (k uuid PRIMARY KEY, n bigint NOT NULL DEFAULT 0)',
      'GRANT SELECT, INSERT, UPDATE ON public.bench_counter TO service_role',
    ];
  },
  rows: ({ users, countersPerUser }) => ({
    subscriptions: users + (users - Math.floor(users / 3)),
    transactions: users * 10,
    invoices: users * 5,
    usage_counters: users * Math.ceil(countersPerUser / METRICS.length) * METRICS.length,
  }),
  pairs,
};
