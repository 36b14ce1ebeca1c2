import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import { userCredentials } from '../../src/modules/core/user-credentials.js';
import { users } from '../../src/modules/core/users.js';
import { byRow, defineRlsSpec } from './matrix.js';

export const usersSpec = defineRlsSpec({
  table: 'users',
  async seed(db) {
    // An auth user whose public.users row is gone: what "insert a users row" can target.
    const spareId = randomUUID();
    await db.execute(
      sql`insert into auth.users (id, email) values (${spareId}, ${`spare-${spareId}@example.test`})`,
    );
    await db.delete(users).where(eq(users.id, spareId));
    return { spareId };
  },
  run: {
    select: async (tx, _f, { owner }) => (await tx.select().from(users).where(eq(users.id, owner.id))).length,
    insert: async (tx, { spareId }) =>
      (
        await tx
          .insert(users)
          .values({ id: spareId, email: `spare-${spareId}@example.test` })
          .returning({ id: users.id })
      ).length,
    update: async (tx, _f, { owner }) =>
      (
        await tx
          .update(users)
          .set({ displayName: 'Changed' })
          .where(eq(users.id, owner.id))
          .returning({ id: users.id })
      ).length,
    delete: async (tx, _f, { owner }) =>
      (await tx.delete(users).where(eq(users.id, owner.id)).returning({ id: users.id })).length,
  },
  expect: {
    anon: { select: 'denied', insert: 'denied', update: 'denied', delete: 'denied' },
    owner: { select: 1, insert: 'denied', update: 1, delete: 0 },
    other: { select: 0, insert: 'denied', update: 0, delete: 0 },
    admin: { select: 1, insert: 'denied', update: 1, delete: 1 },
    service_role: { select: 1, insert: 1, update: 1, delete: 1 },
  },
});

/** Password hashes: no API role may touch them; the service role does everything. */
export const userCredentialsSpec = defineRlsSpec({
  table: 'user_credentials',
  async seed(db, { owner }) {
    await db.insert(userCredentials).values({ userId: owner.id, passwordHash: '$2b$12$hash' });
    return { id: owner.id };
  },
  run: {
    ...byRow(userCredentials, (f: { id: string }) => eq(userCredentials.userId, f.id), {
      passwordHash: '$2b$12$other',
    }),
    insert: async (tx, _f, { other }) =>
      (
        await tx
          .insert(userCredentials)
          .values({ userId: other.id, passwordHash: '$2b$12$new' })
          .returning({ id: userCredentials.userId })
      ).length,
  },
  expect: {
    anon: { select: 'denied', insert: 'denied', update: 'denied', delete: 'denied' },
    owner: { select: 'denied', insert: 'denied', update: 'denied', delete: 'denied' },
    other: { select: 'denied', insert: 'denied', update: 'denied', delete: 'denied' },
    admin: { select: 'denied', insert: 'denied', update: 'denied', delete: 'denied' },
    service_role: { select: 1, insert: 1, update: 1, delete: 1 },
  },
});

/** The core tables' cells of the RLS matrix. */
export const specs = [usersSpec, userCredentialsSpec];
