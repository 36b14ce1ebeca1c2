/**
 * Functions a role is not declared to call (by the GRANTs of the SQL units) are refused by
 * the function's own grant, not by a table privilege that happens to be missing: the calls run on
 * a database where `authenticated` and `anon` were given every table privilege (in a transaction
 * that is rolled back), so only EXECUTE stands in the way.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../../src/db.js';
import { createTestDatabase, dbMessage, sqlState, type TestDatabase } from '../support/database.js';
import { createUser, type TestUser } from '../support/fixtures.js';
import { declaredFunctionGrants, mayExecute } from './declared.js';

let t: TestDatabase;
let user: TestUser;
beforeAll(async () => {
  t = await createTestDatabase();
  user = await createUser(t.db);
});
afterAll(() => t.close());

type Target = { fn: string; call: string; returnsTrigger: boolean };

/** The package functions `role` may not call, each with a call that type-checks (NULL arguments). */
async function refusedTo(role: 'anon' | 'authenticated'): Promise<Target[]> {
  const targets: Target[] = [];
  for (const [fn, holders] of await declaredFunctionGrants()) {
    if (mayExecute(holders, role) || /^(auth|storage)\./.test(fn)) continue;
    const [found] = await rows<Target>(
      t.db,
      sql`select p.prorettype = 'trigger'::regtype as "returnsTrigger",
                 format('%s(%s)', ${fn.slice(0, fn.indexOf('('))}::text,
                   (select string_agg(format('null::%s', a::regtype), ', ' order by n)
                    from unnest(p.proargtypes) with ordinality x(a, n))) as call
          from pg_proc p where p.oid = to_regprocedure(${fn})`,
    );
    if (found) targets.push({ ...found, fn });
  }
  return targets;
}

class Rollback extends Error {}

/** Calls `call` as `role` with every table privilege granted to it; the error, if any. */
async function callWithTablePrivileges(role: string, call: string): Promise<unknown> {
  try {
    await t.db.transaction(async (tx) => {
      for (const schema of ['public', 'saas_private', 'saas_schema'])
        await tx.execute(sql.raw(`grant all on all tables in schema ${schema} to ${role}`));
      await tx.execute(sql.raw(`grant usage on schema saas_schema to ${role}`));
      await tx.execute(sql`select set_config('request.jwt.claims', ${JSON.stringify({ sub: user.id, role })}, true),
        set_config('role', ${role}, true)`);
      await tx.execute(sql.raw(`select ${call}`));
      throw new Rollback();
    });
  } catch (error) {
    return error instanceof Rollback ? undefined : error;
  }
}

describe.each(['authenticated', 'anon'] as const)('functions %s is not declared to call', (role) => {
  it('are not executable by it (has_function_privilege)', async () => {
    const callable: string[] = [];
    for (const { fn } of await refusedTo(role)) {
      const [row] = await rows<{ ok: boolean }>(
        t.db,
        sql`select has_function_privilege(${role}, to_regprocedure(${fn}), 'EXECUTE') as ok`,
      );
      if (row?.ok) callable.push(fn);
    }
    expect(callable).toEqual([]);
  });

  it('are refused by their grant even when every table privilege would allow the write', async () => {
    const targets = (await refusedTo(role)).filter((f) => !f.returnsTrigger);
    expect(targets.length).toBeGreaterThan(0);
    const outcomes: string[] = [];
    for (const { fn, call } of targets) {
      const error = await callWithTablePrivileges(role, call);
      outcomes.push(`${fn}: ${error ? `${sqlState(error)} ${dbMessage(error)}` : 'ran'}`);
    }
    expect(outcomes.filter((o) => !/: 42501 permission denied for function /.test(o))).toEqual([]);
  });
});

describe('increment_usage_counter', () => {
  it('is for the service role only: a signed-in user who may write usage_counters is still refused', async () => {
    const error = await callWithTablePrivileges(
      'authenticated',
      `public.increment_usage_counter('${user.id}', 'messages', 1, null, null)`,
    );
    expect(sqlState(error)).toBe('42501');
    expect(dbMessage(error)).toMatch(/permission denied for function increment_usage_counter/);
  });
});
