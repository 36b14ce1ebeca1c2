import { sql } from 'drizzle-orm';
import {
  index,
  jsonb,
  pgEnum,
  pgPolicy,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { authUsers } from 'drizzle-orm/supabase';
import { timestamps } from '../_shared/columns.js';
import { authenticatedRole, currentUserId, isAdmin } from '../_shared/rls.js';
import { userRoles } from './constants.js';

export const userRole = pgEnum('user_role', userRoles);

/** Free-form profile data the user edits themselves (seed 003's account profile). */
export type UserProfile = {
  bio?: string;
  website?: string;
  location?: string;
  timezone?: string;
  [key: string]: unknown;
};

const ownRowOrAdmin = sql`${currentUserId} = id or ${isAdmin}`;

/**
 * The one identity table (seeds 000, 001, 004 and seed 003's `accounts`). Its id is the
 * `auth.users` id; the `core_users` trigger creates the row when an auth user is inserted.
 */
export const users = pgTable(
  'users',
  {
    id: uuid('id')
      .primaryKey()
      .references(() => authUsers.id, { onDelete: 'cascade' }),
    /** Unique case-insensitively (see `users_email_lower_key`); kept in sync from `auth.users`. */
    email: text('email').notNull(),
    displayName: text('display_name'),
    avatarUrl: text('avatar_url'),
    companyName: text('company_name'),
    /** Only the service role or an admin can change it (guarded by a trigger). */
    role: userRole('role').notNull().default('user'),
    /** Payment provider holding this customer: `stripe`, `lemon_squeezy`, `lago`, ... */
    billingProvider: text('billing_provider'),
    /** The customer id at that provider (seed 003's `stripe_customer_id`). */
    billingCustomerId: text('billing_customer_id'),
    /** Subject at an external identity provider (e.g. Keycloak), for deployments without Supabase Auth. */
    externalAuthId: text('external_auth_id'),
    /**
     * bcrypt/argon2 hash, only for deployments without Supabase Auth. Never readable by
     * `anon`/`authenticated`: they get column-level SELECT on every other column.
     */
    passwordHash: text('password_hash'),
    profile: jsonb('profile').$type<UserProfile>().notNull().default({}),
    lastSignInAt: timestamp('last_sign_in_at', { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('users_email_lower_key').on(sql`lower(${t.email})`),
    uniqueIndex('users_billing_customer_key')
      .on(t.billingProvider, t.billingCustomerId)
      .where(sql`${t.billingCustomerId} is not null`),
    uniqueIndex('users_external_auth_id_key')
      .on(t.externalAuthId)
      .where(sql`${t.externalAuthId} is not null`),
    /** Admin lookups ("all admins") without scanning every user. */
    index('users_role_idx')
      .on(t.role)
      .where(sql`${t.role} <> 'user'`),
    pgPolicy('users_select_own_or_admin', {
      for: 'select',
      to: authenticatedRole,
      using: ownRowOrAdmin,
    }),
    pgPolicy('users_update_own_or_admin', {
      for: 'update',
      to: authenticatedRole,
      using: ownRowOrAdmin,
      withCheck: ownRowOrAdmin,
    }),
    pgPolicy('users_delete_admin', {
      for: 'delete',
      to: authenticatedRole,
      using: isAdmin,
    }),
  ],
).enableRLS();

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
