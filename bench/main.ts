/**
 * `npm run bench [-- --quick] [-- --only=<text>,...] [-- --keep] [-- --try=FILE]`: the performance suite
 * (docs/performance.md). Creates its own database `bench_<pid>` on the server of DATABASE_URL,
 * migrates it with the package's `migrate` (timed, and again into an in-memory PGlite), loads data
 * at scale with SQL, then runs every pair with pgbench, the two sides alternately, and exits 1 when
 * a ratio misses its target or a sanity check fails. `--try=FILE` runs an SQL file after migrating
 * (a proposed change, measured before it becomes a migration).
 */
import { readFileSync } from 'node:fs';
import { PGlite } from '@electric-sql/pglite';
import { drizzle as pgliteDrizzle } from 'drizzle-orm/pglite';
import { drizzle } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import { migrate } from '../src/migrate/index.js';
import { seed } from '../src/seed/index.js';
import { type Harness, measurePair, type PairResult, type Settings } from './measure.js';
import { benchModules } from './modules/index.js';
import { type Pair, perUserListPair, perUserTables, type Scale } from './pairs.js';
import { findPgbench } from './pgbench.js';

const args = process.argv.slice(2);
const unknown = args.filter((a) => !/^--(quick|keep|only=.+|try=.+)$/.test(a));
if (unknown.length) {
  console.error(
    `npm run bench: unknown option ${unknown.join(' ')}; use --quick, --keep, --only=a,b, --try=FILE`,
  );
  process.exit(2);
}
const quick = args.includes('--quick');
const keep = args.includes('--keep');
/** `--only=a,b`: the pairs whose name contains one of these. */
const only = args
  .find((a) => a.startsWith('--only='))
  ?.slice('--only='.length)
  .split(',');
const tryFile = args.find((a) => a.startsWith('--try='))?.slice('--try='.length);

const scale: Scale = quick ? { users: 1_000, countersPerUser: 100 } : { users: 10_000, countersPerUser: 100 };
const settings: Settings = quick
  ? { clients: 8, rounds: 2, transactionsPerClient: 100 }
  : { clients: 8, rounds: 9, seconds: 3 };
const MIGRATE_TARGET_MS = { postgres: 2_000, pglite: 5_000 };

const serverUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const fmt = (n: number, digits = 0) =>
  n.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const log = (line: string) => console.log(line);

/** Every pair: each module's own, then the RLS-only list of every per-user table. */
function allPairs(): Pair[] {
  const pairs = [
    ...Object.values(benchModules).flatMap((m) => m.pairs),
    ...perUserTables().map(({ table, owner }) => perUserListPair(table, owner)),
  ];
  return only ? pairs.filter((p) => only.some((part) => p.name.includes(part))) : pairs;
}

async function connectServer() {
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {}, connect_timeout: 5 });
  try {
    const [row] = await admin`select current_setting('server_version') as version`;
    return { admin, version: String(row!.version) };
  } catch (error) {
    await admin.end({ timeout: 1 });
    console.error(
      `npm run bench needs a PostgreSQL server: none answered at ${serverUrl.replace(/:[^:@/]*@/, ':***@')} (${(error as Error).message}).\n` +
        'Start one, or set DATABASE_URL=postgres://user@host:port/db (the bench creates and drops its own bench_* database there).',
    );
    process.exit(2);
  }
}

async function timeMigrate(db: Parameters<typeof migrate>[0]): Promise<number> {
  const started = performance.now();
  await migrate(db);
  return performance.now() - started;
}

async function main() {
  const pgbench = findPgbench();
  const { admin, version } = await connectServer();
  const name = `bench_${process.pid}`;
  const url = Object.assign(new URL(serverUrl), { pathname: `/${name}` }).toString();
  await admin.unsafe(`create database ${name}`);
  const sql = postgres(url, { max: 1, onnotice: () => {} });
  const pool = postgres(url, { max: settings.clients, onnotice: () => {} });
  const failures: string[] = [];
  try {
    log(
      `saas-schema bench (${quick ? 'quick' : 'full'}): PostgreSQL ${version}, database ${name}, ${pgbench}`,
    );
    log(
      `scale: ${fmt(scale.users)} users, ${fmt(scale.users * scale.countersPerUser)} usage_counters rows; ` +
        `${settings.clients} clients, ${settings.rounds} rounds of ${settings.seconds ? `${settings.seconds} s` : `${settings.transactionsPerClient} transactions/client`} per side\n`,
    );

    const migrateMs = { postgres: await timeMigrate(drizzle(sql)), pglite: 0 };
    // PGlite's own start (loading its WebAssembly, a fresh in-memory cluster) is timed apart: it
    // is the same with or without the package, and on a busy machine it alone can take 4-5 s.
    const starting = performance.now();
    const pglite = await PGlite.create();
    const pgliteStartMs = performance.now() - starting;
    migrateMs.pglite = await timeMigrate(pgliteDrizzle(pglite));
    await pglite.close();
    log(`PGlite start (the engine's own, before migrate): ${fmt(pgliteStartMs)} ms (not gated)`);
    for (const engine of ['postgres', 'pglite'] as const) {
      const ok = migrateMs[engine] < MIGRATE_TARGET_MS[engine];
      log(
        `migrate (${engine}): ${fmt(migrateMs[engine])} ms (target < ${fmt(MIGRATE_TARGET_MS[engine])} ms) ${ok ? 'ok' : 'MISSED'}`,
      );
      if (!ok) failures.push(`migrate on ${engine} took ${fmt(migrateMs[engine])} ms`);
    }
    await seed(drizzle(sql));
    if (tryFile) {
      await sql.unsafe(readFileSync(tryFile, 'utf8'));
      log(`applied ${tryFile} (not a migration: measuring a proposal)`);
    }

    const loadStarted = performance.now();
    for (const [module, m] of Object.entries(benchModules)) {
      const started = performance.now();
      for (const statement of m.load(scale)) await sql.unsafe(statement);
      log(`load ${module}: ${fmt((performance.now() - started) / 1000, 1)} s`);
    }
    await sql.unsafe('vacuum analyze');
    log(`load + vacuum analyze: ${fmt((performance.now() - loadStarted) / 1000, 1)} s`);

    // Row counts: the loaders did what the numbers below assume, and every per-user table has data.
    const expected: Record<string, number> = Object.assign(
      {},
      ...Object.values(benchModules).map((m) => m.rows(scale)),
    );
    for (const { table } of perUserTables()) {
      if (!(table in expected))
        failures.push(`per-user table ${table} has no rows loaded: add it to its bench/modules loader`);
    }
    for (const [table, rows] of Object.entries(expected)) {
      const [row] = await sql.unsafe(`select count(*)::bigint as n from public.${table}`);
      const n = Number(row!.n);
      if (n !== rows) failures.push(`${table}: ${fmt(n)} rows after loading, expected ${fmt(rows)}`);
    }
    log(
      `rows: ${Object.keys(expected)
        .map((t) => `${t} ${fmt(expected[t]!)}`)
        .join(', ')}\n`,
    );

    const userIds = (await sql`select id from public.bench_users order by n`).map((r) => String(r.id));
    const h: Harness = { pgbench, url, settings, users: scale.users, sql, db: drizzle(pool), userIds };

    const pairs = allPairs();
    const results: PairResult[] = [];
    for (const pair of pairs) {
      const result = await measurePair(h, pair);
      results.push(result);
      for (const plan of result.plans) log(`  plan, ${plan}`);
      log(line(result));
      failures.push(...result.problems);
      if (!result.problems.length && !result.ok)
        failures.push(`${pair.name}: ratio ${fmt(result.ratio, 2)} misses ${target(pair)}`);
    }
    log(`\n${table(results)}`);
  } finally {
    await sql.end({ timeout: 1 });
    await pool.end({ timeout: 1 });
    if (keep) log(`kept database ${name}`);
    else await admin.unsafe(`drop database if exists ${name}`);
    await admin.end({ timeout: 1 });
  }
  if (failures.length) {
    console.error(`\n${failures.length} problem(s):\n${failures.map((f) => `  - ${f}`).join('\n')}`);
    process.exit(1);
  }
  log('\nall targets met');
}

const target = (pair: Pair) =>
  pair.target.kind === 'slowdown'
    ? `≤ ${pair.target.max}×`
    : pair.target.kind === 'throughput'
      ? `≥ ${pair.target.min}×`
      : `${pair.target.ratio === 'throughput' ? 'tps ' : ''}(${pair.target.note})`;

const latency = (r: PairResult, side: 'subject' | 'baseline') =>
  `${fmt(r[side].reduce((s, x) => s + x.latencyMs, 0) / r[side].length, 2)} ms`;

const line = (r: PairResult) =>
  `${r.pair.name}: ${r.pair.subject.label} ${fmt(r.subjectTps)} tps (${latency(r, 'subject')}) vs ${r.pair.baseline.label} ` +
  `${fmt(r.baselineTps)} tps (${latency(r, 'baseline')}) → ${fmt(r.ratio, 2)}× ${target(r.pair)} ${r.ok ? 'ok' : 'MISSED'}\n` +
  `  rounds: ${r.rounds.map((x) => fmt(x, 2)).join(' ')}`;

/** The results as the Markdown table docs/performance.md holds. */
function table(results: PairResult[]): string {
  const rows = results.map((r) =>
    [
      r.pair.name,
      `${r.pair.subject.label}: ${fmt(r.subjectTps)}`,
      `${r.pair.baseline.label}: ${fmt(r.baselineTps)}`,
      `${fmt(r.ratio, 2)}×`,
      target(r.pair),
      r.ok ? 'ok' : '**missed**',
    ].join(' | '),
  );
  return [
    '| pair | subject tps (median) | baseline tps (median) | ratio (median of rounds) | target | |',
    '|---|---|---|---|---|---|',
    ...rows.map((r) => `| ${r} |`),
  ].join('\n');
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
