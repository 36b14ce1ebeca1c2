import { randomUUID } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import type { Database } from '../../src/db.js';
import type { UserRole } from '../../src/modules/core/constants.js';
import { users } from '../../src/modules/core/users.js';

export type TestUser = { id: string; email: string };

/**
 * Signs a user up the way Supabase Auth does (a row in `auth.users`; the trigger creates
 * `public.users`), then gives them `role`. Runs as the connection's own (owner) role.
 */
export async function createUser(
  db: Database,
  options: { role?: UserRole; email?: string } = {},
): Promise<TestUser> {
  const id = randomUUID();
  const email = options.email ?? `user-${id.slice(0, 8)}@example.test`;
  await db.execute(sql`insert into auth.users (id, email, raw_user_meta_data)
    values (${id}, ${email}, ${JSON.stringify({ display_name: `User ${id.slice(0, 4)}` })}::jsonb)`);
  if (options.role && options.role !== 'user') {
    await db.update(users).set({ role: options.role }).where(eq(users.id, id));
  }
  return { id, email };
}
