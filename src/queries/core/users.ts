import { eq, getTableColumns, sql } from 'drizzle-orm';
import type { Database } from '../../db.js';
import type { UserRole } from '../../schema/core/constants.js';
import { users } from '../../schema/core/users.js';
import { type UpdateOwnProfile, updateOwnProfileSchema } from '../../schema/core/validation.js';

const { passwordHash: _secret, ...publicColumns } = getTableColumns(users);

/**
 * Every `users` column except `password_hash`: the columns `authenticated` may read. Select with
 * it (`db.select(userColumns).from(users)`) in code that runs as a signed-in user.
 */
export const userColumns = publicColumns;

export type PublicUser = Omit<typeof users.$inferSelect, 'passwordHash'>;

/** A user by id, without `password_hash`; `undefined` when absent or not visible to the caller. */
export async function getUser(db: Database, userId: string): Promise<PublicUser | undefined> {
  const [user] = await db.select(userColumns).from(users).where(eq(users.id, userId));
  return user;
}

/** A user by email, case-insensitively (the unique index is on `lower(email)`). */
export async function findUserByEmail(db: Database, email: string): Promise<PublicUser | undefined> {
  const [user] = await db
    .select(userColumns)
    .from(users)
    .where(sql`lower(${users.email}) = lower(${email.trim()})`);
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
): Promise<PublicUser | undefined> {
  const changes = updateOwnProfileSchema.parse(input);
  const [user] = await db.update(users).set(changes).where(eq(users.id, userId)).returning(userColumns);
  return user;
}

/** Changes a user's role. Only an admin (via `withUser`) or the service role may. */
export async function setUserRole(
  db: Database,
  userId: string,
  role: UserRole,
): Promise<PublicUser | undefined> {
  const [user] = await db.update(users).set({ role }).where(eq(users.id, userId)).returning(userColumns);
  return user;
}
