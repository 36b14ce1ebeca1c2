import { asc, eq, sql } from 'drizzle-orm';
import type { Database } from '../../db.js';
import type { UserRole } from './constants.js';
import { type UpdateOwnProfile, updateOwnProfileSchema } from './inputs.js';
import { type User, users } from './users.js';

/** A user by id; `undefined` when absent or not visible to the caller. */
export async function getUser(db: Database, userId: string): Promise<User | undefined> {
  const [user] = await db.select().from(users).where(eq(users.id, userId));
  return user;
}

/**
 * A user by email, case-insensitively. Addresses are not unique (SSO accounts may share one):
 * the oldest account with that address.
 */
export async function findUserByEmail(db: Database, email: string): Promise<User | undefined> {
  const [user] = await db
    .select()
    .from(users)
    .where(sql`lower(${users.email}) = lower(${email.trim()})`)
    .orderBy(asc(users.createdAt))
    .limit(1);
  return user;
}

/**
 * Updates the profile fields a user may change themselves. Input is validated first (a ZodError
 * names the bad field); run it inside `withUser` so RLS limits it to the caller's own row.
 */
export async function updateOwnProfile(
  db: Database,
  userId: string,
  input: UpdateOwnProfile,
): Promise<User | undefined> {
  const changes = updateOwnProfileSchema.parse(input);
  const [user] = await db.update(users).set(changes).where(eq(users.id, userId)).returning();
  return user;
}

/** Changes a user's role. Only an admin (via `withUser`) or the service role may. */
export async function setUserRole(db: Database, userId: string, role: UserRole): Promise<User | undefined> {
  const [user] = await db.update(users).set({ role }).where(eq(users.id, userId)).returning();
  return user;
}
