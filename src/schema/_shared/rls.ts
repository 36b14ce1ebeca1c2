import { sql } from 'drizzle-orm';

export { anonRole, authenticatedRole, serviceRole } from 'drizzle-orm/supabase';

/**
 * The signed-in user's id, wrapped in a sub-select so PostgreSQL evaluates it once per query
 * (an init plan) instead of once per row.
 */
export const currentUserId = sql`(select auth.uid())`;

/**
 * True when the signed-in user is an admin. A SECURITY DEFINER helper in `saas_private` (a
 * schema the API does not expose), so a policy on `users` that calls it cannot recurse.
 */
export const isAdmin = sql`(select saas_private.is_admin())`;

/** Read rule of the per-user tables: the row's `user_id` is the signed-in user, or they are an admin. */
export const ownUserIdOrAdmin = sql`user_id = ${currentUserId} or ${isAdmin}`;
