import { relations, sql } from 'drizzle-orm';
import { type AnyPgColumn, check, index, integer, jsonb, numeric, text, uuid } from 'drizzle-orm/pg-core';
import { currentUserId, custom, defineTable } from '../../shared/access.js';
import { timestamps } from '../../shared/columns.js';
import { currencyCheck } from '../billing/plans.js';
import { users } from '../core/users.js';
import { pluginBillingInterval, pluginStatus, pluginTier } from './enums.js';

/**
 * The plugin catalogue (docs/marketplace.md). Anyone browses published plugins; an author edits
 * their own published plugins (but not its counters, rating, price or status: those change
 * through the service role, an admin or an approved submission) and follows unpublished work
 * through their submissions; admins manage all. The signed-in user's read policy is the public
 * one, with no `OR author_id = ...`: an OR there keeps the planner from the catalogue's indexes.
 */
export const plugins = defineTable(
  'plugins',
  custom({
    anon: { select: sql`status = 'published'` },
    authenticated: {
      select: sql`status = 'published'`,
      update: sql`author_id = ${currentUserId}`,
    },
    admin: ['select', 'insert', 'update', 'delete'],
    guarded: {
      id: 'admin',
      author_id: 'admin',
      status: 'admin',
      tier: 'admin',
      price: 'admin',
      currency: 'admin',
      billing_interval: 'admin',
      downloads: 'service',
      rating: 'service',
      review_count: 'service',
      created_at: 'service',
    },
  }),
  {
    /** The slug, stable forever: `miyabi-operations-pro`. */
    id: text('id').primaryKey(),
    displayName: text('display_name').notNull(),
    description: text('description'),
    authorId: uuid('author_id').references(() => users.id, { onDelete: 'set null' }),
    tier: pluginTier('tier').notNull().default('free'),
    /** Price per `billing_interval` in minor units (cents) of `currency`; 0 for a free plugin. */
    price: integer('price').notNull().default(0),
    currency: text('currency').notNull().default('USD'),
    billingInterval: pluginBillingInterval('billing_interval').notNull().default('monthly'),
    category: text('category'),
    tags: text('tags').array().notNull().default(sql`'{}'::text[]`),
    /** Free-form listing data (screenshots, links, capabilities); a JSON object. */
    metadata: jsonb('metadata').$type<Record<string, unknown>>().notNull().default({}),
    status: pluginStatus('status').notNull().default('draft'),
    version: text('version').notNull().default('1.0.0'),
    /** A plugin a user must hold (subscribed) before subscribing to this one; never itself, no cycles. */
    requiresPlugin: text('requires_plugin').references((): AnyPgColumn => plugins.id, {
      onDelete: 'restrict',
    }),
    /** Maintained by `increment_downloads`. */
    downloads: integer('downloads').notNull().default(0),
    /** Average review rating (0 when unreviewed), maintained with `review_count` by the reviews trigger. */
    rating: numeric('rating', { precision: 3, scale: 2, mode: 'number' }).notNull().default(0),
    reviewCount: integer('review_count').notNull().default(0),
    ...timestamps,
  },
  (t) => [
    check('plugins_id_check', sql`${t.id} ~ '^[a-z0-9][a-z0-9-]{1,62}$'`),
    check('plugins_price_check', sql`${t.price} >= 0`),
    check('plugins_currency_check', currencyCheck(t.currency)),
    check('plugins_not_self_requiring_check', sql`${t.requiresPlugin} <> ${t.id}`),
    check('plugins_counters_check', sql`${t.downloads} >= 0 and ${t.reviewCount} >= 0`),
    check('plugins_rating_check', sql`${t.rating} between 0 and 5`),
    check('plugins_metadata_check', sql`jsonb_typeof(${t.metadata}) = 'object'`),
    /**
     * Sort orders as queries write them: `ORDER BY downloads DESC` means NULLS FIRST, and an index
     * `DESC NULLS LAST` (drizzle's `.desc()` alone) cannot serve it, even on a NOT NULL column:
     * seed 000's EXPLAIN query then sorted every pro plugin (49 ms at 100K plugins).
     */
    index('plugins_tier_downloads_idx').on(t.tier, t.downloads.desc().nullsFirst()),
    index('plugins_downloads_idx').on(t.downloads.desc().nullsFirst()),
    index('plugins_rating_idx').on(t.rating.desc().nullsFirst()),
    index('plugins_created_at_idx').on(t.createdAt.desc().nullsFirst()),
    index('plugins_category_idx').on(t.category),
    index('plugins_status_idx').on(t.status),
    index('plugins_author_id_idx').on(t.authorId),
    index('plugins_requires_plugin_idx').on(t.requiresPlugin),
    /** Text search: `to_tsvector('simple', display_name || ' ' || coalesce(description, '')) @@ query`. */
    index('plugins_search_idx').using(
      'gin',
      sql`to_tsvector('simple', ${t.displayName} || ' ' || coalesce(${t.description}, ''))`,
    ),
    /** Filter by tag: `tags @> array['security']`. */
    index('plugins_tags_idx').using('gin', t.tags),
    /** Filter by listing data: `metadata @> '{"platform": "github"}'`. */
    index('plugins_metadata_idx').using('gin', t.metadata),
  ],
);

export const pluginsRelations = relations(plugins, ({ one }) => ({
  author: one(users, { fields: [plugins.authorId], references: [users.id] }),
  requires: one(plugins, { fields: [plugins.requiresPlugin], references: [plugins.id] }),
}));

export type Plugin = typeof plugins.$inferSelect;
