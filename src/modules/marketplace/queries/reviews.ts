import { sql } from 'drizzle-orm';
import type { Database } from '../../../db.js';
import { type ReviewInput, reviewInputSchema } from '../inputs.js';
import { pluginReviews } from '../plugin-reviews.js';

/**
 * Creates the user's review of a plugin, or updates it (one per user and plugin). Run it inside
 * `withUser` for the user; the plugin's rating follows by trigger.
 */
export async function upsertReview(db: Database, input: ReviewInput) {
  const d = reviewInputSchema.parse(input);
  const [row] = await db
    .insert(pluginReviews)
    .values(d)
    .onConflictDoUpdate({
      target: [pluginReviews.pluginId, pluginReviews.userId],
      set: { rating: d.rating, title: sql`excluded.title`, body: sql`excluded.body` },
    })
    .returning();
  return row!;
}
