/**
 * Typed wrappers of the marketplace module's SQL functions (src/modules/marketplace/sql). They are
 * for the service role (backend jobs, webhooks); input is validated first (a ZodError names the
 * bad field), and a NULL where a value is due is an error, never a silent default.
 */
import { eq, sql } from 'drizzle-orm';
import { type Database, firstRow, rows, scalar } from '../../db.js';
import { databaseError } from '../billing/errors.js';
import type { LicenseVerdict } from './constants.js';
import { PluginOwnershipError, SubmissionStateError, UnknownSubmissionError } from './errors.js';
import {
  type AgentExecutionInput,
  agentExecutionInputSchema,
  daySchema,
  type IssueLicenseInput,
  issueLicenseInputSchema,
  type ReviewSubmissionInput,
  type RevokeLicenseInput,
  reviewSubmissionInputSchema,
  revokeLicenseInputSchema,
  type StartPluginTrialInput,
  startPluginTrialInputSchema,
  type UsageIncrementInput,
  usageIncrementInputSchema,
} from './inputs.js';
import { type Plugin, plugins } from './plugins.js';
import { periodSchema, pluginSlugSchema } from './validation.js';

/** Seed 000's `increment_usage`: adds to the user's monthly usage of a plugin metric; the new count. */
export async function incrementUsage(db: Database, input: UsageIncrementInput): Promise<number> {
  const d = usageIncrementInputSchema.parse(input);
  return scalar(
    db,
    sql`select public.increment_usage(${d.userId}, ${d.pluginId}, ${d.period}, ${d.metric}, ${d.increment}::integer) as value`,
    'number',
    'increment_usage',
  );
}

/** Seed 000's `increment_agent_execution`: counts one run of an agent; the agent's new count. */
export async function incrementAgentExecution(db: Database, input: AgentExecutionInput): Promise<number> {
  const d = agentExecutionInputSchema.parse(input);
  return scalar(
    db,
    sql`select public.increment_agent_execution(${d.userId}, ${d.pluginId}, ${d.period}, ${d.agentName}) as value`,
    'number',
    'increment_agent_execution',
  );
}

/** Seed 000's `increment_downloads`: the plugin's new download count (an unknown plugin raises). */
export async function incrementDownloads(db: Database, pluginId: string): Promise<number> {
  const id = pluginSlugSchema.parse(pluginId);
  return scalar(db, sql`select public.increment_downloads(${id}) as value`, 'number', 'increment_downloads');
}

/** Seed 000's `update_plugin_rating`: recomputes and returns the plugin's rating. */
export async function updatePluginRating(db: Database, pluginId: string): Promise<number> {
  const id = pluginSlugSchema.parse(pluginId);
  return scalar(
    db,
    sql`select public.update_plugin_rating(${id}) as value`,
    'number',
    'update_plugin_rating',
  );
}

export type PluginTrial = { id: string; userId: string; pluginId: string; startedAt: Date; endsAt: Date };

/** Starts the user's one trial of a plugin; a second start (even concurrent) raises 23505. */
export async function startPluginTrial(db: Database, input: StartPluginTrialInput): Promise<PluginTrial> {
  const d = startPluginTrialInputSchema.parse(input);
  const row = await firstRow<Record<string, unknown>>(
    db,
    sql`select * from public.start_plugin_trial(${d.userId}, ${d.pluginId}, ${d.days}::integer)`,
  );
  if (!row?.id) throw new Error(`start_plugin_trial returned ${JSON.stringify(row ?? null)}`);
  return {
    id: String(row.id),
    userId: String(row.user_id),
    pluginId: String(row.plugin_id),
    startedAt: new Date(row.started_at as string),
    endsAt: new Date(row.ends_at as string),
  };
}

export type IssuedLicense = {
  licenseId: string;
  /** The key: shown to the user now; it cannot be read back later. */
  licenseKey: string;
  keyPrefix: string;
};

/** Issues a license key; the key is in the result only. */
export async function issueLicense(db: Database, input: IssueLicenseInput): Promise<IssuedLicense> {
  const d = issueLicenseInputSchema.parse(input);
  const row = await firstRow<{ license_id: string; license_key: string; key_prefix: string }>(
    db,
    sql`select * from public.issue_license(${d.userId}, ${d.pluginId}, ${d.subscriptionId ?? null}::uuid,
      ${d.expiresAt?.toISOString() ?? null}::timestamptz)`,
  );
  if (!row?.license_key) throw new Error('issue_license returned no key');
  return { licenseId: row.license_id, licenseKey: row.license_key, keyPrefix: row.key_prefix };
}

export type LicenseCheck = {
  verdict: LicenseVerdict;
  /** Why, in words a caller can show. */
  reason: string;
  licenseId: string | null;
  userId: string | null;
  pluginId: string | null;
  expiresAt: Date | null;
};

/** Verifies a key: valid, expired, revoked or unknown (with `pluginId`: unknown if for another plugin). */
export async function verifyLicense(
  db: Database,
  licenseKey: string,
  pluginId?: string,
): Promise<LicenseCheck> {
  const [row] = await rows<Record<string, string | null>>(
    db,
    sql`select * from public.verify_license(${licenseKey}, ${pluginId ?? null}::text)`,
  );
  if (!row?.verdict) throw new Error('verify_license returned no verdict');
  return {
    verdict: row.verdict as LicenseVerdict,
    reason: row.reason ?? '',
    licenseId: row.license_id ?? null,
    userId: row.user_id ?? null,
    pluginId: row.plugin_id ?? null,
    expiresAt: row.expires_at ? new Date(row.expires_at) : null,
  };
}

/** Revokes a license (reason required); verification refuses its key from then on. */
export async function revokeLicense(db: Database, input: RevokeLicenseInput): Promise<void> {
  const d = revokeLicenseInputSchema.parse(input);
  await db.execute(
    sql`select public.revoke_license(${d.licenseId}, ${d.reason}, ${d.revokedBy ?? null}::uuid)`,
  );
}

/** Recomputes a period's aggregates from usage_events (idempotent); the rows it changed. */
export async function rollupUsageEvents(db: Database, period: string): Promise<number> {
  const p = periodSchema.parse(period);
  return scalar(db, sql`select public.rollup_usage_events(${p}) as value`, 'number', 'rollup_usage_events');
}

/**
 * Recomputes the daily plugin analytics of a UTC day (`YYYY-MM-DD`) from plugin events,
 * subscriptions and trials (idempotent); the rows it wrote or deleted (0 on a second run).
 */
export async function rollupPluginAnalytics(db: Database, day: string): Promise<number> {
  const d = daySchema.parse(day);
  return scalar(
    db,
    sql`select public.rollup_plugin_analytics(${d}::date) as value`,
    'number',
    'rollup_plugin_analytics',
  );
}

/**
 * Approves a `pending` or `in_review` submission (`approve_plugin_submission`, for the service
 * role with `reviewerId`, or an admin inside `withUser`): its plugin is created (published,
 * authored by the submitter) or the submitter's own plugin of that slug updated, and the
 * submission marked approved, in one transaction. Refused, with nothing written, as
 * `UnknownSubmissionError`, `SubmissionStateError` (already approved or rejected) or
 * `PluginOwnershipError` (the slug is another author's plugin). Returns the plugin.
 */
export async function approvePluginSubmission(db: Database, input: ReviewSubmissionInput): Promise<Plugin> {
  const d = reviewSubmissionInputSchema.parse(input);
  let approved: { id: string } | undefined;
  try {
    approved = await firstRow<{ id: string }>(
      db,
      sql`select id from public.approve_plugin_submission(${d.submissionId}::uuid, ${d.notes ?? null}::text,
        ${d.reviewerId ?? null}::uuid)`,
    );
  } catch (error) {
    const { code } = databaseError(error);
    const message = String((error as { cause?: Error }).cause?.message ?? (error as Error).message);
    if (code === 'P0002') throw new UnknownSubmissionError(d.submissionId);
    const already = /is already (\w+)/.exec(message);
    if (code === '22023' && already) throw new SubmissionStateError(d.submissionId, already[1]!, 'approve');
    const owned = /plugin (\S+) belongs to another author/.exec(message);
    if (code === '23505' && owned) throw new PluginOwnershipError(owned[1]!);
    throw error;
  }
  if (!approved?.id) throw new Error('approve_plugin_submission returned no plugin');
  const [plugin] = await db.select().from(plugins).where(eq(plugins.id, approved.id));
  return plugin!;
}
