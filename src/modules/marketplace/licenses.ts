import { relations, sql } from 'drizzle-orm';
import { check, index, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { custom, defineTable, perUser } from '../../shared/access.js';
import { timestamps } from '../../shared/columns.js';
import { subscriptions } from '../billing/subscriptions.js';
import { users } from '../core/users.js';
import { licenseStatus } from './enums.js';
import { plugins } from './plugins.js';

/**
 * A license key for a plugin. The key itself is shown once, when `issue_license` creates it, and
 * never stored: only its SHA-256 and a short visible prefix (to recognise it in a list), so a copy
 * of this table yields no usable key. The user reads their own; admins read all; the service
 * role writes.
 */
export const licenses = defineTable(
  'licenses',
  perUser(),
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    pluginId: text('plugin_id')
      .notNull()
      .references(() => plugins.id, { onDelete: 'restrict' }),
    subscriptionId: uuid('subscription_id').references(() => subscriptions.id, { onDelete: 'set null' }),
    /** The key's first characters (`mkp_3f9a1c`), for display; not enough to use it. */
    keyPrefix: text('key_prefix').notNull(),
    /** Hex SHA-256 of the whole key: what verification looks a key up by. */
    keyHash: text('key_hash').notNull(),
    status: licenseStatus('status').notNull().default('active'),
    issuedAt: timestamp('issued_at', { withTimezone: true }).notNull().defaultNow(),
    /** `null`: never expires (a one-time purchase). */
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('licenses_key_hash_key').on(t.keyHash),
    check('licenses_key_hash_check', sql`${t.keyHash} ~ '^[0-9a-f]{64}$'`),
    check('licenses_expiry_check', sql`${t.expiresAt} is null or ${t.expiresAt} > ${t.issuedAt}`),
    index('licenses_user_id_idx').on(t.userId),
    index('licenses_plugin_id_idx').on(t.pluginId),
    index('licenses_subscription_id_idx').on(t.subscriptionId),
  ],
);

export const licensesRelations = relations(licenses, ({ one }) => ({
  user: one(users, { fields: [licenses.userId], references: [users.id] }),
  plugin: one(plugins, { fields: [licenses.pluginId], references: [plugins.id] }),
  subscription: one(subscriptions, { fields: [licenses.subscriptionId], references: [subscriptions.id] }),
  revocation: one(revokedLicenses, { fields: [licenses.id], references: [revokedLicenses.licenseId] }),
}));

/**
 * Revoked licenses, with why, by whom and when. `verify_license` consults it, so a revoked key
 * fails even if its license row were edited back to `active`. Admins read it; the service role
 * writes (through `revoke_license`).
 */
export const revokedLicenses = defineTable(
  'revoked_licenses',
  custom({ admin: ['select'] }),
  {
    licenseId: uuid('license_id')
      .primaryKey()
      .references(() => licenses.id, { onDelete: 'cascade' }),
    /** The revoked key's hash, so a key stays refused even if its license row is deleted. */
    keyHash: text('key_hash').notNull(),
    reason: text('reason').notNull(),
    revokedBy: uuid('revoked_by').references(() => users.id, { onDelete: 'set null' }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('revoked_licenses_key_hash_key').on(t.keyHash),
    /** Deleting a user sets this to null: without an index that is a scan of the table per deleted user. */
    index('revoked_licenses_revoked_by_idx')
      .on(t.revokedBy)
      .where(sql`${t.revokedBy} is not null`),
  ],
);

export const revokedLicensesRelations = relations(revokedLicenses, ({ one }) => ({
  license: one(licenses, { fields: [revokedLicenses.licenseId], references: [licenses.id] }),
  revoker: one(users, { fields: [revokedLicenses.revokedBy], references: [users.id] }),
}));
