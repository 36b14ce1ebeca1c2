/**
 * The bench's own logic (`npm run bench` itself is not part of the suite): its pairs come from the
 * access declarations, it reads pgbench's output, judges ratios and refuses runs that measured
 * nothing real.
 */
import { describe, expect, it } from 'vitest';
import { judge, median, sanityProblems } from '../../bench/measure.js';
import { benchModules } from '../../bench/modules/index.js';
import {
  bareUpsert,
  countersForEveryUser,
  type Pair,
  perUserListPair,
  perUserTables,
  pgbenchScript,
} from '../../bench/pairs.js';
import { parsePgbenchOutput } from '../../bench/pgbench.js';

const pgbench15Output = `transaction type: script.sql
scaling factor: 1
query mode: prepared
number of clients: 8
number of threads: 2
maximum number of tries: 1
duration: 5 s
number of transactions actually processed: 24187
number of failed transactions: 3 (0.012%)
latency average = 1.653 ms
initial connection time = 12.345 ms
tps = 4839.123456 (without initial connection time)
`;

describe('bench pairs', () => {
  it('derives a list pair for every per-user table from its access declaration, with its owner column', () => {
    const tables = perUserTables();
    expect(tables).toEqual(
      expect.arrayContaining([
        { table: 'users', owner: 'id' },
        { table: 'usage_counters', owner: 'user_id' },
        { table: 'subscriptions', owner: 'user_id' },
      ]),
    );
    const pair = perUserListPair('invoices', 'user_id');
    expect(pair.subject).toMatchObject({ as: 'user', sql: 'SELECT * FROM public.invoices' });
    expect(pair.baseline).toMatchObject({
      as: 'service_role',
      sql: expect.stringContaining('user_id = :uid'),
    });
  });

  it('loads rows into every per-user table (or the bench fails on row counts)', () => {
    const scale = { users: 10, countersPerUser: 100 };
    const loaded = Object.assign({}, ...Object.values(benchModules).map((m) => m.rows(scale)));
    for (const { table } of perUserTables()) expect(loaded[table], table).toBeGreaterThan(0);
  });

  it('starts every counter pair with a counter for every user on both sides (each increment updates)', () => {
    const pairs = Object.values(benchModules).flatMap((m) => m.pairs);
    const againstBare = pairs.filter((p) => p.baseline === bareUpsert);
    expect(againstBare.length).toBeGreaterThanOrEqual(5);
    for (const p of againstBare) {
      const subjectCounters = p.before?.at(-1) ?? '';
      expect(p.before, p.name).toEqual(countersForEveryUser(subjectCounters));
      expect(subjectCounters, p.name).toMatch(
        /^INSERT INTO public\.(usage_counters|usage_aggregates) .*FROM public\.bench_users/s,
      );
    }
  });

  it('gives every pair a distinct name and a target', () => {
    const pairs = Object.values(benchModules).flatMap((m) => m.pairs);
    expect(new Set(pairs.map((p) => p.name)).size).toBe(pairs.length);
    for (const p of pairs) expect(['slowdown', 'throughput', 'report']).toContain(p.target.kind);
  });

  it('sets the role and JWT claims in each transaction of a signed-in side, for a random or the hot user', () => {
    const script = pgbenchScript({ label: 'x', as: 'user', sql: 'SELECT 1' });
    expect(script).toContain('\\set n random(1, :users)');
    expect(script).toContain("json_build_object('sub', id, 'role', 'authenticated')");
    expect(script).toContain('SET LOCAL ROLE authenticated;');
    expect(script).toMatch(/SELECT 1;\nEND;\n$/);
    expect(pgbenchScript({ label: 'x', as: 'service_role', sql: 'SELECT 1' }, true)).toContain('\\set n 1\n');
  });
});

describe('bench measurements', () => {
  it("reads pgbench's transactions, failures, tps and latency", () => {
    expect(parsePgbenchOutput(pgbench15Output)).toEqual({
      transactions: 24187,
      failed: 3,
      tps: 4839.123456,
      latencyMs: 1.653,
    });
    expect(() => parsePgbenchOutput('nothing useful')).toThrow(/no transaction count/);
  });

  it('judges slowdowns and throughputs against their targets by the median of the rounds', () => {
    const pair = (target: Pair['target']) => ({ target }) as Pair;
    expect(judge(pair({ kind: 'slowdown', max: 1.25 }), [1000 / 1200])).toEqual({ ratio: 1.2, ok: true });
    expect(judge(pair({ kind: 'slowdown', max: 1.25 }), [1000 / 1300]).ok).toBe(false);
    expect(judge(pair({ kind: 'throughput', min: 0.8 }), [0.7])).toEqual({ ratio: 0.7, ok: false });
    // One slow round does not decide: the median of 0.5, 0.85, 0.9 is 0.85.
    expect(judge(pair({ kind: 'throughput', min: 0.8 }), [0.9, 0.5, 0.85])).toEqual({
      ratio: 0.85,
      ok: true,
    });
    expect(judge(pair({ kind: 'report', note: '' }), [0.001]).ok).toBe(true);
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('refuses runs that measured nothing, failed, or wrote a different number of increments', () => {
    const run = { transactions: 100, failed: 0, tps: 1, latencyMs: 1 };
    expect(sanityProblems('x', run, 100)).toEqual([]);
    expect(sanityProblems('x', { ...run, transactions: 0 }, 0)).toEqual(['x: no transactions']);
    expect(sanityProblems('x', { ...run, failed: 2 })).toEqual(['x: 2 failed transactions']);
    expect(sanityProblems('x', run, 99)).toEqual(['x: 100 transactions but the table counted 99']);
  });
});
