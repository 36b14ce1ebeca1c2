import { and, desc, eq, inArray, lt, or, sql } from 'drizzle-orm';
import type { Database } from '../../../db.js';
import { rows } from '../../../db.js';
import { subscriptions } from '../../billing/subscriptions.js';
import { PluginRequirementError, UnknownPluginError } from '../errors.js';
import { type BrowsePluginsInput, browsePluginsInputSchema } from '../inputs.js';
import { type Plugin, plugins } from '../plugins.js';
import { pluginSlugSchema } from '../validation.js';

export type PluginPage = { plugins: Plugin[]; nextCursor: string | null };

const sortColumn = {
  downloads: plugins.downloads,
  rating: plugins.rating,
  newest: plugins.createdAt,
} as const;

/**
 * Published plugins, filtered (tier, category, tag) and sorted (downloads, rating, newest), a page
 * at a time: `nextCursor` continues after the last row (keyset, stable under inserts). With `text`
 * it searches names and descriptions through `search_plugins` (first page only: a search is a
 * short ranked list, not a listing to page through).
 */
export async function browsePlugins(db: Database, input: BrowsePluginsInput = {}): Promise<PluginPage> {
  const d = browsePluginsInputSchema.parse(input);
  if (d.text) {
    const found = await rows<Record<string, unknown>>(
      db,
      sql`select id from public.search_plugins(${d.text}, ${d.tier ?? null}::public.plugin_tier,
        ${d.category ?? null}, ${d.tag ?? null}, ${d.sort}, ${d.limit}::integer)`,
    );
    const ids = found.map((r) => String(r.id));
    const full = ids.length ? await db.select().from(plugins).where(inArray(plugins.id, ids)) : [];
    const byId = new Map(full.map((p) => [p.id, p]));
    return { plugins: ids.map((id) => byId.get(id)!).filter(Boolean), nextCursor: null };
  }
  const column = sortColumn[d.sort];
  const after = d.cursor ? decodeCursor(d.cursor) : undefined;
  const page = await db
    .select()
    .from(plugins)
    .where(
      and(
        eq(plugins.status, 'published'),
        d.tier ? eq(plugins.tier, d.tier) : undefined,
        d.category ? eq(plugins.category, d.category) : undefined,
        d.tag ? sql`${plugins.tags} @> array[${d.tag}]::text[]` : undefined,
        after
          ? or(
              lt(column, after.value as never),
              and(eq(column, after.value as never), sql`${plugins.id} > ${after.id}`),
            )
          : undefined,
      ),
    )
    .orderBy(desc(column), plugins.id)
    .limit(d.limit + 1);
  const more = page.length > d.limit;
  const shown = page.slice(0, d.limit);
  const last = shown.at(-1);
  return {
    plugins: shown,
    nextCursor: more && last ? encodeCursor(last[d.sort === 'newest' ? 'createdAt' : d.sort], last.id) : null,
  };
}

function encodeCursor(value: unknown, id: string): string {
  const v = value instanceof Date ? { d: value.toISOString() } : { n: value };
  return Buffer.from(JSON.stringify({ ...v, id })).toString('base64url');
}

function decodeCursor(cursor: string): { value: unknown; id: string } {
  try {
    const c = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as {
      d?: string;
      n?: number;
      id: string;
    };
    if (typeof c.id !== 'string') throw new Error();
    return { value: c.d !== undefined ? new Date(c.d) : c.n, id: c.id };
  } catch {
    throw new Error('invalid cursor: pass the nextCursor of the previous page');
  }
}

/** A plugin with the chain of plugins it requires, nearest first (`[]` when it requires none). */
export async function getPluginWithRequirements(
  db: Database,
  pluginId: string,
): Promise<{ plugin: Plugin; requires: Plugin[] }> {
  const id = pluginSlugSchema.parse(pluginId);
  const [plugin] = await db.select().from(plugins).where(eq(plugins.id, id));
  if (!plugin) throw new UnknownPluginError(id);
  const requires: Plugin[] = [];
  for (let next = plugin.requiresPlugin; next && requires.length < 100; ) {
    const [required] = await db.select().from(plugins).where(eq(plugins.id, next));
    if (!required) break;
    requires.push(required);
    next = required.requiresPlugin;
  }
  return { plugin, requires };
}

/**
 * Subscribes a user to a plugin (service role). Refused with `PluginRequirementError` when the
 * user does not hold the plugin's `requires_plugin` (the database's trigger decides).
 */
export async function subscribeToPlugin(db: Database, input: { userId: string; pluginId: string }) {
  const id = pluginSlugSchema.parse(input.pluginId);
  const [plugin] = await db.select().from(plugins).where(eq(plugins.id, id));
  if (!plugin) throw new UnknownPluginError(id);
  try {
    const [row] = await db.insert(subscriptions).values({ userId: input.userId, pluginId: id }).returning();
    return row!;
  } catch (error) {
    if (
      plugin.requiresPlugin &&
      /requires a subscription/.test(String((error as { cause?: Error }).cause?.message ?? error))
    ) {
      throw new PluginRequirementError(id, plugin.requiresPlugin);
    }
    throw error;
  }
}
