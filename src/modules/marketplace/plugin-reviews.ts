import { relations, sql } from 'drizzle-orm';
import { check, index, integer, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { currentUserId, custom, defineTable, ownedBy } from '../../shared/access.js';
import { timestamps } from '../../shared/columns.js';
import { users } from '../core/users.js';
import { plugins } from './plugins.js';

const ofPublishedPlugin = sql`exists (
  select 1 from public.plugins p where p.id = plugin_reviews.plugin_id and p.status = 'published')`;

/**
 * A user's review of a plugin: one per user and plugin, rating 1 to 5. Anyone reads the reviews
 * of published plugins; a signed-in user writes their own; admins moderate. A trigger keeps the
 * plugin's `rating` and `review_count` equal to its reviews'.
 */
export const pluginReviews = defineTable(
  'plugin_reviews',
  custom({
    anon: { select: ofPublishedPlugin },
    authenticated: {
      select: sql`${ofPublishedPlugin} or user_id = ${currentUserId}`,
      insert: ownedBy('user_id'),
      update: ownedBy('user_id'),
      delete: ownedBy('user_id'),
    },
    admin: ['select', 'delete'],
    guarded: { plugin_id: 'service', created_at: 'service' },
  }),
  {
    id: uuid('id').primaryKey().defaultRandom(),
    pluginId: text('plugin_id')
      .notNull()
      .references(() => plugins.id, { onDelete: 'cascade' }),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    rating: integer('rating').notNull(),
    title: text('title'),
    body: text('body'),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('plugin_reviews_plugin_user_key').on(t.pluginId, t.userId),
    check('plugin_reviews_rating_check', sql`${t.rating} between 1 and 5`),
    index('plugin_reviews_user_id_idx').on(t.userId),
  ],
);

export const pluginReviewsRelations = relations(pluginReviews, ({ one }) => ({
  plugin: one(plugins, { fields: [pluginReviews.pluginId], references: [plugins.id] }),
  user: one(users, { fields: [pluginReviews.userId], references: [users.id] }),
}));
