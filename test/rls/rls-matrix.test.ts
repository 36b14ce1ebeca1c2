import { is } from 'drizzle-orm';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { moduleSchemas } from '../../src/registry.js';
import { withUser } from '../../src/with-user.js';
import { createTestDatabase, sqlState, type TestDatabase } from '../support/database.js';
import { createUser } from '../support/fixtures.js';
import { type Actor, actors, type Operation, type Outcome, operations, type World } from './matrix.js';
import { rlsSpecs } from './specs.js';

let t: TestDatabase;
let world: World;
const fixtures = new Map<string, unknown>();

beforeAll(async () => {
  t = await createTestDatabase();
  world = {
    owner: await createUser(t.db),
    other: await createUser(t.db),
    admin: await createUser(t.db, { role: 'admin' }),
  };
  for (const spec of rlsSpecs) fixtures.set(spec.table, await spec.seed(t.db, world));
});
afterAll(() => t.close());

const claimsOf = (actor: Actor) => {
  switch (actor) {
    case 'anon':
      return { role: 'anon' as const };
    case 'service_role':
      return { role: 'service_role' as const };
    default:
      return { sub: world[actor].id, role: 'authenticated' as const };
  }
};

class Rollback extends Error {
  constructor(readonly count: number) {
    super('rollback');
  }
}

/** Runs one cell as the actor and always rolls it back; returns its row count or `denied`. */
async function outcome(actor: Actor, op: (tx: unknown) => Promise<number>): Promise<Outcome> {
  try {
    await withUser(t.db, claimsOf(actor), async (tx) => {
      throw new Rollback(await op(tx));
    });
  } catch (error) {
    if (error instanceof Rollback) return error.count;
    // Only "permission denied" / "violates row-level security policy" count as denied.
    if (sqlState(error) === '42501') return 'denied';
    throw error;
  }
  throw new Error('unreachable');
}

const cells = rlsSpecs.flatMap((spec) =>
  operations
    .filter((operation) => spec.run[operation])
    .flatMap((operation) =>
      actors.map((actor) => ({ spec, operation, actor, expected: spec.expect[actor][operation] })),
    ),
);

describe('RLS matrix', () => {
  it('has the cells of every table of the package', () => {
    const tables = Object.values(moduleSchemas)
      .flatMap((exports) => Object.values(exports!))
      .filter((value): value is PgTable => is(value, PgTable))
      .map((table) => getTableConfig(table).name);
    expect(tables.filter((name) => !rlsSpecs.some((spec) => spec.table === name))).toEqual([]);
  });

  it.each(cells)('$spec.table: $actor $operation → $expected', async ({
    spec,
    operation,
    actor,
    expected,
  }) => {
    expect(expected, `no expectation for ${spec.table}/${actor}/${operation}`).toBeDefined();
    const run = spec.run[operation as Operation]!;
    const got = await outcome(actor, (tx) => run(tx, fixtures.get(spec.table), world));
    expect(got).toBe(expected);
  });
});
