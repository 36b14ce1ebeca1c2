import { and, asc, eq, gte, lte } from 'drizzle-orm';
import type { Database } from '../../../db.js';
import {
  type PluginAnalyticsInput,
  type PluginEventInput,
  pluginAnalyticsInputSchema,
  pluginEventInputSchema,
} from '../inputs.js';
import { type PluginAnalyticsDay, pluginAnalyticsDaily } from '../plugin-analytics-daily.js';
import { pluginEvents } from '../plugin-events.js';

/**
 * Records a view or a download of a plugin (service role), counted by the next
 * `rollupPluginAnalytics` of its day. `incrementDownloads` records its downloads itself.
 */
export async function recordPluginEvent(db: Database, input: PluginEventInput): Promise<void> {
  const d = pluginEventInputSchema.parse(input);
  await db.insert(pluginEvents).values(d);
}

/**
 * A plugin's daily analytics from `from` to `to` (both included, `YYYY-MM-DD`), oldest first; a day
 * without a row had nothing to count (or is not rolled up yet). Admins read any plugin's, an
 * author their own published plugins' (inside `withUser`).
 */
export async function pluginAnalytics(
  db: Database,
  input: PluginAnalyticsInput,
): Promise<PluginAnalyticsDay[]> {
  const d = pluginAnalyticsInputSchema.parse(input);
  return db
    .select()
    .from(pluginAnalyticsDaily)
    .where(
      and(
        eq(pluginAnalyticsDaily.pluginId, d.pluginId),
        gte(pluginAnalyticsDaily.day, d.from),
        lte(pluginAnalyticsDaily.day, d.to),
      ),
    )
    .orderBy(asc(pluginAnalyticsDaily.day));
}
