import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../../src/db.js';
import { findUserByEmail, getUser, setUserRole, updateOwnProfile } from '../../src/modules/core/queries.js';
import { userCredentials } from '../../src/modules/core/user-credentials.js';
import { users } from '../../src/modules/core/users.js';
import { insertUserSchema, updateOwnProfileSchema } from '../../src/validators.js';
import { withUser } from '../../src/with-user.js';
import { createTestDatabase, dbMessage, sqlState, type TestDatabase } from '../support/database.js';
import { createUser, type TestUser } from '../support/fixtures.js';

let t: TestDatabase;
let alice: TestUser;
let admin: TestUser;

beforeAll(async () => {
  t = await createTestDatabase();
  alice = await createUser(t.db, { email: 'Alice@Example.test' });
  admin = await createUser(t.db, { role: 'admin' });
});
afterAll(() => t.close());

describe('users', () => {
  it('gets a row when an auth.users row is inserted, with the display name from its metadata', async () => {
    const user = await getUser(t.db, alice.id);
    expect(user).toMatchObject({ id: alice.id, email: 'Alice@Example.test', role: 'user' });
    expect(user?.displayName).toMatch(/^User /);
  });

  it('follows email changes made in auth.users', async () => {
    const bob = await createUser(t.db);
    await t.db.execute(sql`update auth.users set email = 'bob-new@example.test' where id = ${bob.id}`);
    expect((await getUser(t.db, bob.id))?.email).toBe('bob-new@example.test');
  });

  it('is deleted with its auth.users row', async () => {
    const carol = await createUser(t.db);
    await t.db.execute(sql`delete from auth.users where id = ${carol.id}`);
    expect(await getUser(t.db, carol.id)).toBeUndefined();
  });

  it('lets accounts share an address, as Supabase Auth lets SSO accounts; finds the oldest', async () => {
    const sso = await createUser(t.db, { email: 'ALICE@example.TEST' });
    const found = await t.db.select({ id: users.id }).from(users).where(eq(users.id, sso.id));
    expect(found).toEqual([{ id: sso.id }]);
    expect((await findUserByEmail(t.db, 'alice@example.test'))?.id).toBe(alice.id);
  });

  it('maintains updated_at on update', async () => {
    const before = (await getUser(t.db, alice.id))!.updatedAt;
    await t.db.update(users).set({ companyName: 'Acme' }).where(eq(users.id, alice.id));
    expect((await getUser(t.db, alice.id))!.updatedAt.getTime()).toBeGreaterThan(before.getTime());
  });

  it('sets updated_at to the time of the update even when the writer supplies another value', async () => {
    const stamped = await t.db.transaction(async (tx) => {
      await tx
        .update(users)
        .set({ updatedAt: new Date('2001-01-01T00:00:00Z') })
        .where(eq(users.id, alice.id));
      return rows<{ stamped: boolean }>(
        tx,
        sql`select updated_at = now() as stamped from public.users where id = ${alice.id}`,
      );
    });
    expect(stamped).toEqual([{ stamped: true }]);
  });
});

describe('a signed-in user', () => {
  it('updates their own profile', async () => {
    const updated = await withUser(t.db, { sub: alice.id }, (tx) =>
      updateOwnProfile(tx, alice.id, { displayName: 'Alice', profile: { timezone: 'Europe/Paris' } }),
    );
    expect(updated).toMatchObject({ displayName: 'Alice', profile: { timezone: 'Europe/Paris' } });
  });

  it('cannot raise their own role', async () => {
    const error = await withUser(t.db, { sub: alice.id }, (tx) => setUserRole(tx, alice.id, 'admin')).catch(
      (e) => e,
    );
    expect(sqlState(error)).toBe('42501');
    expect(dbMessage(error)).toBe('users.role can only be changed by an admin');
    expect((await getUser(t.db, alice.id))?.role).toBe('user');
  });

  it('cannot change columns only the service role writes', async () => {
    const error = await withUser(t.db, { sub: alice.id }, async (tx) => {
      await tx.update(users).set({ billingCustomerId: 'cus_forged' }).where(eq(users.id, alice.id));
    }).catch((e) => e);
    expect(sqlState(error)).toBe('42501');
    expect(dbMessage(error)).toBe('users.billing_customer_id can only be changed by the service role');
  });

  it('cannot read password hashes, even their own (they live in user_credentials)', async () => {
    await t.db.insert(userCredentials).values({ userId: alice.id, passwordHash: '$2b$12$secret' });
    const error = await withUser(t.db, { sub: alice.id }, (tx) =>
      tx.select().from(userCredentials).where(eq(userCredentials.userId, alice.id)),
    ).catch((e) => e);
    expect(sqlState(error)).toBe('42501');
    expect(dbMessage(error)).toMatch(/permission denied for table user_credentials/);
  });

  it('is changed to author by an admin', async () => {
    const dave = await createUser(t.db);
    const updated = await withUser(t.db, { sub: admin.id }, (tx) => setUserRole(tx, dave.id, 'author'));
    expect(updated?.role).toBe('author');
  });
});

describe('user validators', () => {
  it('name the bad field', () => {
    const result = insertUserSchema.safeParse({ id: alice.id, email: 'not-an-email', role: 'owner' });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.')).sort()).toEqual(['email', 'role']);
  });

  it('refuse profile fields a user may not change, naming them', () => {
    const result = updateOwnProfileSchema.safeParse({ role: 'admin' });
    expect(result.success).toBe(false);
    expect(result.error?.issues).toMatchObject([{ code: 'unrecognized_keys', keys: ['role'] }]);
  });

  it('check the profile jsonb shape, naming the field', () => {
    const result = updateOwnProfileSchema.safeParse({ profile: { website: 'not a url' } });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['profile.website']);
  });
});
