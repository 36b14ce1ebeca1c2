/**
 * `verify` derives what it expects from the package itself; these expectations are written by
 * hand, from the spec, for the objects that matter most: each per-user table's policies (a plain,
 * indexable owner equality), the role guard on users, the one-live-plan index. Each must be both
 * in what `verify` checks for and, with this exact definition, in a migrated database.
 */
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectations } from '../../src/cli/expectations.js';
import { rows } from '../../src/db.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(() => t.close());

const own = (column = 'user_id') => `(${column} = ( SELECT auth.uid() AS uid))`;

/** Per-user tables: what a signed-in user may do to their own rows, and nothing wider. */
const perUser: Record<string, { command: string; using: string | null; check: string | null }[]> = {
  users: [
    { command: 'SELECT', using: own('id'), check: null },
    { command: 'UPDATE', using: own('id'), check: own('id') },
  ],
  subscriptions: [{ command: 'SELECT', using: own(), check: null }],
  transactions: [{ command: 'SELECT', using: own(), check: null }],
  invoices: [{ command: 'SELECT', using: own(), check: null }],
  usage_counters: [{ command: 'SELECT', using: own(), check: null }],
  licenses: [{ command: 'SELECT', using: own(), check: null }],
  trials: [{ command: 'SELECT', using: own(), check: null }],
  usage_events: [{ command: 'SELECT', using: own(), check: null }],
  usage_aggregates: [{ command: 'SELECT', using: own(), check: null }],
  notification_preferences: [
    { command: 'SELECT', using: own(), check: null },
    { command: 'INSERT', using: null, check: own() },
    { command: 'UPDATE', using: own(), check: own() },
    { command: 'DELETE', using: own(), check: null },
  ],
};

describe('verify, against hand-written expectations', () => {
  it.each(
    Object.entries(perUser),
  )('%s: the signed-in user’s policies are owner equalities', async (table, policies) => {
    const found = await rows<{ name: string; command: string; using: string | null; check: string | null }>(
      t.db,
      sql`select policyname as name, cmd as command, qual as using, with_check as check
          from pg_policies
          where schemaname = 'public' and tablename = ${table} and 'authenticated' = any (roles)
          order by policyname`,
    );
    const expected = policies
      .map((p) => ({ name: `${table}_${p.command.toLowerCase()}_authenticated`, ...p }))
      .sort((a, b) => a.name.localeCompare(b.name));
    expect(found).toEqual(expected);
    // No policy of this table lets anon in.
    const anon = await rows(
      t.db,
      sql`select policyname from pg_policies where schemaname = 'public' and tablename = ${table} and 'anon' = any (roles)`,
    );
    expect(anon).toEqual([]);
    const declared = (await expectations()).tables.find((x) => x.name === table)?.policies;
    for (const { name } of expected) expect(declared, `verify checks for ${name}`).toContain(name);
  });

  it('users: the role guard lets only an admin change role, only the service role email and billing', async () => {
    const [trigger] = await rows<{ definition: string }>(
      t.db,
      sql`select pg_get_triggerdef(oid) as definition from pg_trigger
          where tgrelid = 'public.users'::regclass and tgname = 'guard_columns'`,
    );
    expect(trigger?.definition).toMatch(
      /^CREATE TRIGGER guard_columns BEFORE UPDATE OF .* ON public\.users FOR EACH ROW EXECUTE FUNCTION saas_private\.guard_columns\(/,
    );
    for (const guard of [
      'role:admin',
      'email:service',
      'billing_customer_id:service',
      'billing_provider:service',
    ])
      expect(trigger?.definition).toContain(`'${guard}'`);
    expect((await expectations()).triggers).toContainEqual({
      module: 'core',
      name: 'guard_columns',
      table: 'public.users',
    });
  });

  it('subscriptions: one live plan subscription per user, whatever its add-ons', async () => {
    const [index] = await rows<{ definition: string }>(
      t.db,
      sql`select pg_get_indexdef('public.subscriptions_one_live_plan_per_user'::regclass) as definition`,
    );
    const live = ['trial', 'trialing', 'active', 'past_due', 'unpaid', 'incomplete', 'paused'];
    expect(index?.definition).toBe(
      'CREATE UNIQUE INDEX subscriptions_one_live_plan_per_user ON public.subscriptions USING btree (user_id) ' +
        `WHERE ((plan_id IS NOT NULL) AND (status = ANY (ARRAY[${live.map((s) => `'${s}'::subscription_status`).join(', ')}])))`,
    );
    expect((await expectations()).tables.find((x) => x.name === 'subscriptions')?.indexes).toContain(
      'subscriptions_one_live_plan_per_user',
    );
  });
});
