import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../../src/db.js';
import { users } from '../../src/modules/core/users.js';
import { withUser } from '../../src/with-user.js';
import { createTestDatabase, raceMode, sqlState, type TestDatabase } from '../support/database.js';
import { createUser, type TestUser } from '../support/fixtures.js';

let t: TestDatabase;
let alice: TestUser;
let bob: TestUser;

beforeAll(async () => {
  t = await createTestDatabase();
  alice = await createUser(t.db);
  bob = await createUser(t.db);
});
afterAll(() => t.close());

const settings = (db: Parameters<typeof rows>[0]) =>
  rows<{ uid: string | null; role: string; db_role: string }>(
    db,
    sql`select auth.uid() as uid, auth.role() as role, current_user as db_role`,
  );

describe('withUser', () => {
  it('sets the JWT claims and role for its transaction only', async () => {
    const before = await settings(t.db);
    const [inside] = await withUser(t.db, { sub: alice.id }, (tx) => settings(tx));
    expect(inside).toEqual({ uid: alice.id, role: 'authenticated', db_role: 'authenticated' });
    expect(await settings(t.db)).toEqual(before);
    expect(before[0]?.uid ?? null).toBeNull();
  });

  it(`isolates two transactions of different users (${raceMode()})`, async () => {
    const visibleTo = (id: string) =>
      withUser(t.connect(), { sub: id }, async (tx) => {
        const seen = await tx.select().from(users);
        await tx.execute(sql`select pg_sleep(0.05)`);
        const [claims] = await settings(tx);
        return { seen: seen.map((u) => u.id), uid: claims?.uid };
      });
    const [a, b] = await Promise.all([visibleTo(alice.id), visibleTo(bob.id)]);
    expect(a).toEqual({ seen: [alice.id], uid: alice.id });
    expect(b).toEqual({ seen: [bob.id], uid: bob.id });
  });

  it('acts as anon without a subject', async () => {
    const [inside] = await withUser(t.db, {}, (tx) => settings(tx));
    expect(inside).toEqual({ uid: null, role: 'anon', db_role: 'anon' });
  });

  it('refuses a role outside the allow-list before reaching SQL', async () => {
    await expect(withUser(t.db, { role: 'postgres' as never }, async () => 1)).rejects.toThrow(
      /role must be one of anon, authenticated, service_role/,
    );
  });

  it('refuses a subject that is not a uuid', async () => {
    await expect(withUser(t.db, { sub: "x'; drop table users; --" }, async () => 1)).rejects.toThrow(
      /sub must be a user id/,
    );
  });

  it('surfaces the real error when the callback fails, and rolls back', async () => {
    const error = await withUser(t.db, { role: 'service_role' }, async (tx) => {
      await tx.execute(sql`update public.users set company_name = 'Rolled back' where id = ${alice.id}`);
      await tx.execute(sql`select 1 / 0`);
    }).catch((e) => e);
    expect(sqlState(error)).toBe('22012');
    const [row] = await rows<{ company_name: string | null }>(
      t.db,
      sql`select company_name from public.users where id = ${alice.id}`,
    );
    expect(row?.company_name).toBeNull();
  });
});
