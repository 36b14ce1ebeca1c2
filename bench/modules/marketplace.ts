/**
 * marketplace: 100K plugins, 1M usage events, per-user licenses, trials, aggregates and
 * notification preferences; seed 000's usage RPCs and the browse/search queries.
 */
import { type BenchModule, bareUpsert, bareUpsertTotal, countersForEveryUser, type Pair } from '../pairs.js';

const PLUGINS = 100_000;
const EVENTS_PER_USER = 100;
const SEEDED = [
  'miyabi-operations-free',
  'miyabi-operations-pro',
  'miyabi-operations-enterprise',
  'miyabi-security-scanner',
  'miyabi-workflow-templates',
];
const PERIODS = 6;

const thisPeriod = `to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM')`;
const usageTotal = (metric: string) =>
  `SELECT coalesce(sum(count), 0) AS n FROM public.usage_aggregates WHERE metric = '${metric}' AND period = ${thisPeriod}`;

/** This month's aggregate of `metric` for every user, for seed 000's plugin. */
const everyAggregate = (metric: string) =>
  countersForEveryUser(
    `INSERT INTO public.usage_aggregates (user_id, plugin_id, period, metric)
     SELECT id, 'miyabi-operations-pro', ${thisPeriod}, '${metric}' FROM public.bench_users
     ON CONFLICT DO NOTHING`,
  );

/**
 * The floor of the agent counter: the same two increments, the count and the agent's entry in a
 * jsonb object, as one bare upsert on a table with nothing else (`bench_agent_counter`). Against
 * the two-column upsert, the pair also charged the package for the jsonb rewrite it is asked to do.
 */
const bareAgentUpsert = {
  label: 'bare upsert of a count and a jsonb entry',
  as: 'service_role',
  sql: `INSERT INTO public.bench_agent_counter AS c (k, n, agents) VALUES (:uid, 1, '{"coordinator": 1}')
        ON CONFLICT (k) DO UPDATE SET n = c.n + 1, agents = c.agents
          || jsonb_build_object('coordinator', coalesce((c.agents ->> 'coordinator')::bigint, 0) + 1)`,
} as const;
const bareAgentUpsertTotal = 'SELECT coalesce(sum(n), 0) AS n FROM public.bench_agent_counter';

/** This month's agent aggregate for every user, and a bare agent counter for every user. */
const everyAgentCounter = [
  ...everyAggregate('agent_executions'),
  'TRUNCATE public.bench_agent_counter',
  `INSERT INTO public.bench_agent_counter (k) SELECT id FROM public.bench_users`,
];

const incrementUsage = {
  label: 'increment_usage',
  as: 'service_role',
  sql: `SELECT public.increment_usage(:uid, 'miyabi-operations-pro', :period, 'issues', 1)`,
} as const;

const incrementAgentExecution = {
  label: 'increment_agent_execution',
  as: 'service_role',
  sql: `SELECT public.increment_agent_execution(:uid, 'miyabi-operations-pro', :period, 'coordinator')`,
} as const;

/**
 * Catalogue reads are measured for both readers RLS applies to, a signed-in user and a visitor,
 * each against the service role's query of published plugins.
 */
const forEachReader = (
  name: string,
  measures: string,
  subject: string,
  label: string,
  baseline: string,
): Pair[] =>
  (['user', 'anon'] as const).map((as) => ({
    name: as === 'anon' ? `${name} (anon)` : name,
    measures,
    subject: { label: `${as}, ${label}`, as, sql: subject },
    baseline: {
      label: 'service_role',
      as: 'service_role',
      sql: `SELECT * FROM public.plugins WHERE status = 'published' AND ${baseline}`,
    },
    target: { kind: 'slowdown', max: 1.25 },
  }));

/** A catalogue query under RLS (published plugins) vs the service role's. */
const catalogue = (name: string, measures: string, where: string, tail: string): Pair[] =>
  forEachReader(
    name,
    measures,
    `SELECT * FROM public.plugins WHERE ${where} ${tail}`,
    'RLS',
    `${where} ${tail}`,
  );

/**
 * A search through `search_plugins` (its operators are not leakproof: under RLS their indexes are
 * out of reach) vs the same query as the service role.
 */
const search = (name: string, measures: string, call: string, where: string): Pair[] =>
  forEachReader(name, measures, `SELECT * FROM public.${call}`, 'search_plugins', where);

const pairs: Pair[] = [
  {
    name: 'increment_usage',
    measures: "seed 000's usage RPC (random user) vs a bare upsert on a two-column table",
    subject: incrementUsage,
    baseline: bareUpsert,
    target: { kind: 'throughput', min: 0.8 },
    counts: { subject: usageTotal('issues'), baseline: bareUpsertTotal },
    before: everyAggregate('issues'),
  },
  {
    name: 'increment_agent_execution',
    measures:
      "seed 000's agent counter (count + per-agent jsonb) vs the same two increments as a bare upsert",
    subject: incrementAgentExecution,
    baseline: bareAgentUpsert,
    target: { kind: 'throughput', min: 0.8 },
    counts: { subject: usageTotal('agent_executions'), baseline: bareAgentUpsertTotal },
    before: everyAgentCounter,
  },
  {
    name: 'increment_agent_execution vs a count only',
    measures:
      'the agent counter against the two-column upsert: what the jsonb entry adds (before 0030: 0.78-0.81x)',
    subject: incrementAgentExecution,
    baseline: bareUpsert,
    target: { kind: 'report', note: 'the jsonb rewrite included, not gated', ratio: 'throughput' },
    counts: { subject: usageTotal('agent_executions'), baseline: bareUpsertTotal },
    before: everyAggregate('agent_executions'),
  },
  {
    name: 'increment_usage, hot key',
    measures: 'one user, all clients: row-lock contention on one aggregate',
    subject: incrementUsage,
    baseline: bareUpsert,
    target: { kind: 'report', note: 'contention, not gated', ratio: 'throughput' },
    hotUser: true,
    counts: { subject: usageTotal('issues'), baseline: bareUpsertTotal },
    before: everyAggregate('issues'),
  },
  ...catalogue(
    "plugins: seed 000's EXPLAIN query",
    "`tier = 'pro' ORDER BY downloads DESC LIMIT 10` at 100K plugins",
    `tier = 'pro'`,
    'ORDER BY downloads DESC LIMIT 10',
  ),
  ...catalogue(
    'plugins: browse by category, top rated',
    "`category = 'security' ORDER BY rating DESC LIMIT 20`",
    `category = 'security'`,
    'ORDER BY rating DESC LIMIT 20',
  ),
  ...search(
    'plugins: search by tag',
    "`tags @> ARRAY['tag7']`, most downloaded first (GIN)",
    `search_plugins(tag => 'tag7')`,
    `tags @> ARRAY['tag7'] ORDER BY downloads DESC, id LIMIT 20`,
  ),
  ...search(
    'plugins: text search',
    'full-text match on name and description (GIN on the tsvector), most downloaded first',
    `search_plugins(search => 'word42')`,
    `to_tsvector('simple', display_name || ' ' || coalesce(description, '')) @@ plainto_tsquery('simple', 'word42')
     ORDER BY downloads DESC, id LIMIT 20`,
  ),
];

export const marketplace: BenchModule = {
  load: () => [
    `INSERT INTO public.plugins (id, display_name, description, tier, price, category, tags, status, downloads, rating)
     SELECT 'bench-plugin-' || i, 'Bench plugin ' || i, 'Does word' || (i % 1000) || ' things',
       (ARRAY['free', 'pro', 'enterprise'])[1 + i % 3]::public.plugin_tier, (i % 50) * 100,
       (ARRAY['operations', 'security', 'workflows', 'analytics'])[1 + i % 4],
       ARRAY['tag' || (i % 100), 'tag' || (i % 7)],
       (CASE WHEN i % 10 = 0 THEN 'draft' ELSE 'published' END)::public.plugin_status,
       (i * 7919) % 100000, (i % 501) / 100.0
     FROM generate_series(1, ${PLUGINS}) i`,
    `INSERT INTO public.usage_events (user_id, plugin_id, metric, quantity, occurred_at, idempotency_key)
     SELECT b.id, (ARRAY[${SEEDED.map((s) => `'${s}'`).join(', ')}])[1 + (b.n + i) % 5], 'issues', 1 + i % 3,
       now() - (i % 180) * interval '1 day', 'bench-' || b.n || '-' || i
     FROM public.bench_users b, generate_series(1, ${EVENTS_PER_USER}) i`,
    `INSERT INTO public.usage_aggregates (user_id, plugin_id, period, metric, count)
     SELECT b.id, p.id, to_char(now() - m * interval '1 month', 'YYYY-MM'), 'issues', (b.n + m) % 100
     FROM public.bench_users b
     CROSS JOIN unnest(ARRAY[${SEEDED.map((s) => `'${s}'`).join(', ')}]) p(id)
     CROSS JOIN generate_series(1, ${PERIODS}) m`,
    `INSERT INTO public.licenses (user_id, plugin_id, key_prefix, key_hash)
     SELECT b.id, 'miyabi-operations-pro', 'mkp_' || left(md5(b.id::text), 6),
       encode(sha256(convert_to('bench-key-' || b.id, 'UTF8')), 'hex')
     FROM public.bench_users b`,
    `INSERT INTO public.trials (user_id, plugin_id, ends_at)
     SELECT b.id, 'miyabi-security-scanner', now() + interval '14 days' FROM public.bench_users b`,
    `INSERT INTO public.notification_preferences (user_id, channel, topic, enabled)
     SELECT b.id, c.channel::public.notification_channel, 'plugin_updates', b.n % 2 = 0
     FROM public.bench_users b CROSS JOIN unnest(ARRAY['email', 'in_app', 'webhook']) c(channel)`,
    // The agent counter pair's floor (bench-only, like bench_counter).
    `CREATE TABLE public.bench_agent_counter (
       k uuid PRIMARY KEY, n bigint NOT NULL DEFAULT 0, agents jsonb NOT NULL DEFAULT '{}')`,
    'GRANT SELECT, INSERT, UPDATE ON public.bench_agent_counter TO service_role',
  ],
  rows: ({ users }) => ({
    plugins: PLUGINS + SEEDED.length,
    usage_events: users * EVENTS_PER_USER,
    usage_aggregates: users * SEEDED.length * PERIODS,
    licenses: users,
    trials: users,
    notification_preferences: users * 3,
  }),
  pairs,
};
