/** Runs pairs: each side in turn (A B A B ...), sanity-checked, then medians and the ratio. */
import type { Sql } from 'postgres';
import type { Database } from '../src/db.js';
import { claimsOf, type Pair, pgbenchScript, roleOf, type Side } from './pairs.js';
import { type PgbenchRun, runPgbench } from './pgbench.js';

export type Settings = {
  clients: number;
  rounds: number;
  /** Each run lasts `seconds` (full bench) or `transactionsPerClient` transactions (quick). */
  seconds?: number;
  transactionsPerClient?: number;
};

export type Harness = {
  pgbench: string;
  url: string;
  settings: Settings;
  users: number;
  /** One connection of the bench database, for counts and EXPLAIN. */
  sql: Sql;
  /** A pool of `clients` connections, for `node` sides. */
  db: Database;
  userIds: string[];
};

export type PairResult = {
  pair: Pair;
  subject: PgbenchRun[];
  baseline: PgbenchRun[];
  subjectTps: number;
  baselineTps: number;
  /** slowdown: baseline tps / subject tps; throughput: subject tps / baseline tps. */
  ratio: number;
  /** Each round's ratio, in the same sense. */
  rounds: number[];
  ok: boolean;
  problems: string[];
  /** How the `indexed` sides found their rows, planned just before the pair ran. */
  plans: string[];
};

/** Start of the current UTC day, the counters' default window: `:today` in a side's SQL. */
export const today = () => `${new Date().toISOString().slice(0, 10)}T00:00:00Z`;

/** The current UTC month, the usage aggregates' period (`YYYY-MM`): `:period` in a side's SQL. */
export const period = () => new Date().toISOString().slice(0, 7);

export const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

/**
 * A round's ratio in the sense its pair is judged by: the subject's tps over the baseline's (the
 * two sides of a round run back to back) as a throughput, or its inverse as a slowdown.
 */
export function roundRatio(pair: Pair, throughput: number): number {
  const t = pair.target;
  const asThroughput = t.kind === 'throughput' || (t.kind === 'report' && t.ratio === 'throughput');
  return asThroughput ? throughput : 1 / throughput;
}

/**
 * The ratio a pair is judged by: the median of its rounds' ratios (a machine slowing down for a
 * minute slows both sides of a round). Report-only pairs always meet their target.
 */
export function judge(pair: Pair, roundThroughputs: number[]): { ratio: number; ok: boolean } {
  const t = pair.target;
  const ratio = median(roundThroughputs.map((r) => roundRatio(pair, r)));
  if (t.kind === 'throughput') return { ratio, ok: ratio >= t.min };
  if (t.kind === 'slowdown') return { ratio, ok: ratio <= t.max };
  return { ratio, ok: true };
}

/** What makes a run worthless: nothing measured, failures, or writes that do not add up. */
export function sanityProblems(label: string, run: PgbenchRun, counted?: number): string[] {
  const problems: string[] = [];
  if (run.transactions <= 0) problems.push(`${label}: no transactions`);
  if (run.failed > 0) problems.push(`${label}: ${run.failed} failed transactions`);
  if (counted !== undefined && counted !== run.transactions) {
    problems.push(`${label}: ${run.transactions} transactions but the table counted ${counted}`);
  }
  return problems;
}

/** A TypeScript side: `clients` callers in a loop on the pool, for the same time or count as pgbench. */
async function runNode(h: Harness, side: Extract<Side, { node: unknown }>, hotUser: boolean) {
  const { seconds, transactionsPerClient, clients } = h.settings;
  const deadline = seconds ? performance.now() + seconds * 1000 : Number.POSITIVE_INFINITY;
  let transactions = 0;
  let failed = 0;
  let busyMs = 0;
  const started = performance.now();
  const client = async () => {
    for (let i = 0; seconds ? performance.now() < deadline : i < transactionsPerClient!; i++) {
      const uid = hotUser ? h.userIds[0]! : h.userIds[Math.floor(Math.random() * h.userIds.length)]!;
      const t0 = performance.now();
      try {
        await side.node(h.db, uid);
        transactions++;
      } catch (error) {
        if (failed++ === 0) console.error(`  ${side.label} failed: ${(error as Error).message}`);
      }
      busyMs += performance.now() - t0;
    }
  };
  await Promise.all(Array.from({ length: clients }, client));
  const elapsed = (performance.now() - started) / 1000;
  return { transactions, failed, tps: transactions / elapsed, latencyMs: busyMs / (transactions + failed) };
}

async function count(h: Harness, query: string | undefined): Promise<number | undefined> {
  if (!query) return undefined;
  const [row] = await h.sql.unsafe(query);
  return Number(row?.n ?? 0);
}

async function runSide(h: Harness, pair: Pair, which: 'subject' | 'baseline') {
  const side = pair[which];
  const before = await count(h, pair.counts?.[which]);
  const run =
    'node' in side
      ? await runNode(h, side, pair.hotUser ?? false)
      : runPgbench(h.pgbench, h.url, pgbenchScript(side, pair.hotUser), {
          clients: h.settings.clients,
          seconds: h.settings.seconds,
          transactionsPerClient: h.settings.transactionsPerClient,
          variables: { users: h.users, today: today(), period: period() },
        });
  const after = await count(h, pair.counts?.[which]);
  const counted = before === undefined || after === undefined ? undefined : after - before;
  return { run, problems: sanityProblems(`${pair.name} / ${side.label}`, run, counted) };
}

export async function measurePair(h: Harness, pair: Pair): Promise<PairResult> {
  const subject: PgbenchRun[] = [];
  const baseline: PgbenchRun[] = [];
  const problems: string[] = [];
  const plans: string[] = [];
  for (const side of [pair.subject, pair.baseline]) {
    const { plan, problem } = await explainSide(h, side);
    if (plan) plans.push(`${side.label}: ${plan}`);
    if (problem) problems.push(`${pair.name} / ${problem}`);
  }
  for (const statement of pair.before ?? []) await h.sql.unsafe(statement);
  // One unmeasured run of each side first: its pages read into shared buffers, its plans and
  // caches built, its first inserts done. Measured cold, the subject (a large table) paid for
  // that in the first rounds and the bare table (small, new) did not: ratios climbed round by
  // round (0.72 ... 0.97). Its sanity checks still count.
  for (const which of ['subject', 'baseline'] as const)
    problems.push(...(await runSide(h, pair, which)).problems);
  // A settled start: the warm-up's, the previous pair's and the load's dirty pages written out,
  // so the rounds do not pay their checkpoint. Needs superuser or pg_checkpoint; else skipped.
  await h.sql.unsafe('checkpoint').catch(() => {});
  for (let round = 0; round < h.settings.rounds; round++) {
    // A B, B A, A B ...: neither side is always the one running right after the other.
    const order = [
      ['subject', subject],
      ['baseline', baseline],
    ] as const;
    for (const [which, runs] of round % 2 ? [...order].reverse() : order) {
      const { run, problems: found } = await runSide(h, pair, which);
      runs.push(run);
      problems.push(...found);
    }
  }
  const subjectTps = median(subject.map((r) => r.tps));
  const baselineTps = median(baseline.map((r) => r.tps));
  const throughputs = subject.map((run, round) => run.tps / baseline[round]!.tps);
  const { ratio, ok } = judge(pair, throughputs);
  return {
    pair,
    subject,
    baseline,
    subjectTps,
    baselineTps,
    ratio,
    rounds: throughputs.map((r) => roundRatio(pair, r)),
    ok: ok && !problems.length,
    problems,
    plans,
  };
}

type PlanNode = {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  'Index Cond'?: string;
  Plans?: PlanNode[];
};

const nodesOf = (node: PlanNode): PlanNode[] => [node, ...(node.Plans ?? []).flatMap(nodesOf)];

/**
 * How a side's query finds its rows, planned as its actor for one user (e.g. `Index Scan using
 * usage_counters_pkey: (user_id = $0)`). Without an index condition on the owner column the query
 * reads every user's rows (the 338x of a policy with `OR is_admin()`): a problem.
 */
export async function explainSide(h: Harness, side: Side): Promise<{ plan: string; problem?: string }> {
  if ('node' in side || !side.indexed) return { plan: '' };
  const { table, by } = side.indexed;
  const role = roleOf(side.as);
  const uid = h.userIds[0]!;
  // Bound parameters, as pgbench -M prepared sends them: the plan is made for these values.
  const values: Record<string, string> = { uid, today: today(), period: period() };
  const used = Object.keys(values).filter((name) => side.sql.includes(`:${name}`));
  const query = used.reduce((q, name, i) => q.replaceAll(`:${name}`, `$${i + 1}`), side.sql);
  const plan = await h.sql.begin(async (tx) => {
    await tx`select set_config('request.jwt.claims', ${JSON.stringify(claimsOf(side.as, uid))}, true)`;
    await tx.unsafe(`set local role ${role}`);
    const [row] = await tx.unsafe(
      `explain (format json) ${query}`,
      used.map((name) => values[name]!),
    );
    return (row!['QUERY PLAN'] as { Plan: PlanNode }[])[0]!.Plan;
  });
  const nodes = nodesOf(plan);
  const text = nodes
    .filter((n) => n['Relation Name'] === table || n['Index Name'])
    .map(
      (n) =>
        `${n['Node Type']}${n['Index Name'] ? ` using ${n['Index Name']}` : ''}${n['Index Cond'] ? `: ${n['Index Cond']}` : ''}`,
    )
    .join('; ');
  const indexed = nodes.some((n) => n['Index Cond'] && new RegExp(`\\b${by}\\b`).test(n['Index Cond']));
  return indexed
    ? { plan: text }
    : { plan: text, problem: `${side.label}: no index condition on ${table}.${by} (${text})` };
}
