import { relations, sql } from 'drizzle-orm';
import { check, index, integer, jsonb, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { currentUserId, custom, defineTable } from '../../shared/access.js';
import { timestamps } from '../../shared/columns.js';
import { users } from '../core/users.js';
import { pluginBillingInterval, pluginTier, submissionStatus } from './enums.js';

/**
 * A third-party plugin submitted for review: `pending` → `in_review` → `approved` | `rejected`.
 * Approval (`approve_submission`) creates the plugin, or updates the submitter's own plugin of that
 * slug, in the same transaction. A user submits and reads their own; admins review.
 */
export const pluginSubmissions = defineTable(
  'plugin_submissions',
  custom({
    authenticated: {
      select: sql`submitter_id = ${currentUserId}`,
      insert: sql`submitter_id = ${currentUserId} and status = 'pending' and reviewer_id is null`,
    },
    admin: ['select', 'update'],
  }),
  {
    id: uuid('id').primaryKey().defaultRandom(),
    submitterId: uuid('submitter_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    /** The slug the plugin will have (or has, for an update of the submitter's own plugin). */
    pluginId: text('plugin_id').notNull(),
    displayName: text('display_name').notNull(),
    description: text('description'),
    tier: pluginTier('tier').notNull().default('free'),
    /** Asked price in cents of USD per `billing_interval`. */
    price: integer('price').notNull().default(0),
    billingInterval: pluginBillingInterval('billing_interval').notNull().default('monthly'),
    category: text('category'),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    version: text('version').notNull(),
    /** Where the package or its source is: repository, tarball, manifest. */
    metadata: jsonb('metadata').$type<Record<string, unknown>>().notNull().default({}),
    status: submissionStatus('status').notNull().default('pending'),
    reviewerId: uuid('reviewer_id').references(() => users.id, { onDelete: 'set null' }),
    reviewNotes: text('review_notes'),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    ...timestamps,
  },
  (t) => [
    check('plugin_submissions_plugin_id_check', sql`${t.pluginId} ~ '^[a-z0-9][a-z0-9-]{1,62}$'`),
    check('plugin_submissions_price_check', sql`${t.price} >= 0`),
    check(
      'plugin_submissions_reviewed_check',
      sql`(${t.status} in ('approved', 'rejected')) = (${t.reviewedAt} is not null)`,
    ),
    index('plugin_submissions_submitter_id_idx').on(t.submitterId),
    /** Deleting a user sets this to null: without an index that is a scan of the table per deleted user. */
    index('plugin_submissions_reviewer_id_idx')
      .on(t.reviewerId)
      .where(sql`${t.reviewerId} is not null`),
    /** The review queue. */
    index('plugin_submissions_open_idx')
      .on(t.createdAt)
      .where(sql`${t.status} in ('pending', 'in_review')`),
  ],
);

export const pluginSubmissionsRelations = relations(pluginSubmissions, ({ one }) => ({
  submitter: one(users, { fields: [pluginSubmissions.submitterId], references: [users.id] }),
  reviewer: one(users, { fields: [pluginSubmissions.reviewerId], references: [users.id] }),
}));
