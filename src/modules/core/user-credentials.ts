import { relations } from 'drizzle-orm';
import { text, uuid } from 'drizzle-orm/pg-core';
import { defineTable, serviceOnly } from '../../shared/access.js';
import { timestamps } from '../../shared/columns.js';
import { users } from './users.js';

/**
 * Password hashes, for deployments that sign users in without Supabase Auth. A side table no API
 * role can read (the secrets pattern): `users` stays readable with a plain `select()`, and a
 * leaked `users` read never carries a hash. Only the service role reads and writes it.
 */
export const userCredentials = defineTable('user_credentials', serviceOnly(), {
  userId: uuid('user_id')
    .primaryKey()
    .references(() => users.id, { onDelete: 'cascade' }),
  /** bcrypt or argon2 hash, in its own self-describing format (`$2b$...`, `$argon2id$...`). */
  passwordHash: text('password_hash').notNull(),
  ...timestamps,
});

export const userCredentialsRelations = relations(userCredentials, ({ one }) => ({
  user: one(users, { fields: [userCredentials.userId], references: [users.id] }),
}));

export type UserCredentials = typeof userCredentials.$inferSelect;
