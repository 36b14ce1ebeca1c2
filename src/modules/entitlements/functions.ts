/** Typed wrapper of `check_user_permission` (src/modules/entitlements/sql). */
import { sql } from 'drizzle-orm';
import { type Database, scalar } from '../../db.js';

/**
 * Whether the user may use `permission` (a feature key): an admin may use everything; otherwise
 * something the user holds (their effective plan) must grant that active feature. Run it as the
 * service role or inside `withUser` for the signed-in user's own id.
 */
export async function checkUserPermission(
  db: Database,
  userId: string,
  permission: string,
): Promise<boolean> {
  return scalar(
    db,
    sql`select public.check_user_permission(${userId}, ${permission}) as value`,
    'boolean',
    'check_user_permission',
  );
}
