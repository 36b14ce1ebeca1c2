import { sql } from 'drizzle-orm';
import type { Database, TransactionOf } from './db.js';
import { ADMIN_ROLE, apiRoles } from './shared/access.js';

/** The database roles a request may act as. Anything else is refused before reaching SQL. */
export const requestRoles = [...apiRoles, ADMIN_ROLE] as const;
export type RequestRole = (typeof requestRoles)[number];

/** JWT claims as Supabase Auth issues them; `sub` is the user id (`auth.uid()`). */
export type JwtClaims = {
  sub?: string;
  role?: RequestRole;
  email?: string;
  [claim: string]: unknown;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Runs `fn` in one transaction as the given user, so Row Level Security applies: the JWT claims
 * and the role (`authenticated` when `sub` is given, else `anon`, unless `role` says otherwise)
 * are set with `set_config(..., true)`, which lasts only until the transaction ends. That makes it
 * safe behind a transaction-mode pooler such as PgBouncer. A signed-in user who is an admin
 * (`users.role = 'admin'`) acts as the `saas_admin` role, which the admin policies name.
 * Parameters are bound, never string-built. Errors thrown by `fn` propagate unchanged after the
 * rollback. The connecting role must be a member of the roles it switches to (the migration
 * grants them to the role that runs it).
 */
export async function withUser<TDb extends Database, T>(
  db: TDb,
  claims: JwtClaims,
  fn: (tx: TransactionOf<TDb>) => Promise<T>,
): Promise<T> {
  const role = claims.role ?? (claims.sub ? 'authenticated' : 'anon');
  if (!(requestRoles as readonly string[]).includes(role)) {
    throw new TypeError(
      `withUser: role must be one of ${requestRoles.join(', ')}; got ${JSON.stringify(role)}`,
    );
  }
  if (claims.sub !== undefined && !UUID.test(claims.sub)) {
    throw new TypeError(`withUser: sub must be a user id (uuid); got ${JSON.stringify(claims.sub)}`);
  }
  const allClaims = JSON.stringify({ ...claims, role });
  return db.transaction(async (tx) => {
    await tx.execute(sql`select
      set_config('request.jwt.claims', ${allClaims}, true),
      set_config('request.jwt.claim.sub', ${claims.sub ?? ''}, true),
      set_config('request.jwt.claim.role', ${role}, true),
      set_config('role', ${role}, true)`);
    if (role === 'authenticated') {
      // Decided by the server from users.role, never by anything the user can edit.
      await tx.execute(sql`select
        set_config('request.jwt.claims',
          jsonb_set(current_setting('request.jwt.claims')::jsonb, '{role}', to_jsonb(${ADMIN_ROLE}::text))::text, true),
        set_config('request.jwt.claim.role', ${ADMIN_ROLE}, true),
        set_config('role', ${ADMIN_ROLE}, true)
      where saas_private.is_admin()`);
    }
    return fn(tx as TransactionOf<TDb>);
  }) as Promise<T>;
}
