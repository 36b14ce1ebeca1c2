import { sql } from 'drizzle-orm';
import { index, jsonb, pgEnum, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { authUsers } from 'drizzle-orm/supabase';
import { defineTable, perUser } from '../../shared/access.js';
import { timestamps } from '../../shared/columns.js';
import { userRoles } from './constants.js';

export const userRole = pgEnum('user_role', userRoles);

/** Free-form profile data the user edits themselves. */
export type UserProfile = {
  bio?: string;
  website?: string;
  location?: string;
  timezone?: string;
  [key: string]: unknown;
};

/**
 * The one identity table (see docs/core.md). Its id is the `auth.users` id; a trigger on
 * `auth.users` creates the row at every kind of sign-up. A user reads and edits their own row
 * (profile columns only); admins read, edit and delete every row; only the service role (or
 * Supabase Auth, through the sync triggers) changes identity and billing columns.
 */
export const users = defineTable(
  'users',
  perUser({
    owner: 'id',
    user: ['update'],
    admin: ['select', 'update', 'delete'],
    guarded: {
      email: 'service',
      role: 'admin',
      billing_provider: 'service',
      billing_customer_id: 'service',
      external_auth_id: 'service',
      last_sign_in_at: 'service',
      created_at: 'service',
    },
  }),
  {
    id: uuid('id')
      .primaryKey()
      .references(() => authUsers.id, { onDelete: 'cascade' }),
    /**
     * Kept equal to `auth.users.email`. NULL for phone-only and anonymous sign-ups, and not unique:
     * Supabase Auth lets SSO accounts share an address, so this table may not be stricter.
     */
    email: text('email'),
    displayName: text('display_name'),
    avatarUrl: text('avatar_url'),
    companyName: text('company_name'),
    /** Only an admin or the service role can change it (guarded by a trigger). */
    role: userRole('role').notNull().default('user'),
    /** Payment provider holding this customer: `stripe`, `lemon_squeezy`, `lago`, ... */
    billingProvider: text('billing_provider'),
    /** The customer id at that provider (e.g. Stripe's `cus_...`). */
    billingCustomerId: text('billing_customer_id'),
    /** Subject at an external identity provider (e.g. Keycloak), for deployments without Supabase Auth. */
    externalAuthId: text('external_auth_id'),
    profile: jsonb('profile').$type<UserProfile>().notNull().default({}),
    lastSignInAt: timestamp('last_sign_in_at', { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    /** Look-ups by address, case-insensitively (`findUserByEmail`). */
    index('users_email_lower_idx').on(sql`lower(${t.email})`),
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
  ],
);

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
