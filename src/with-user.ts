import { sql } from 'drizzle-orm';
import type { Database, TransactionOf } from './db.js';

/** The database roles a request may act as. Anything else is refused before reaching SQL. */
export const apiRoles = ['anon', 'authenticated', 'service_role'] as const;
export type ApiRole = (typeof apiRoles)[number];

/** JWT claims as Supabase Auth issues them; `sub` is the user id (`auth.uid()`). */
export type JwtClaims = {
  sub?: string;
  role?: ApiRole;
  email?: string;
  [claim: string]: unknown;
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Runs `fn` in one transaction as the given user, so Row Level Security applies: the JWT claims
 * and the role (`authenticated` when `sub` is given, else `anon`, unless `role` says otherwise)
 * are set with `set_config(..., true)`, which lasts only until the transaction ends. That makes it
 * safe behind a transaction-mode pooler such as PgBouncer. Parameters are bound, never
 * string-built. Errors thrown by `fn` propagate unchanged after the rollback.
 */
export async function withUser<TDb extends Database, T>(
  db: TDb,
  claims: JwtClaims,
  fn: (tx: TransactionOf<TDb>) => Promise<T>,
): Promise<T> {
  const role = claims.role ?? (claims.sub ? 'authenticated' : 'anon');
  if (!(apiRoles as readonly string[]).includes(role)) {
    throw new TypeError(`withUser: role must be one of ${apiRoles.join(', ')}; got ${JSON.stringify(role)}`);
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
    return fn(tx as TransactionOf<TDb>);
  }) as Promise<T>;
}
