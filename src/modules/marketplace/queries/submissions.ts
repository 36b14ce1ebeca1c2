import { and, eq, inArray, sql } from 'drizzle-orm';
import type { PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { Database } from '../../../db.js';
import type { SubmissionStatus } from '../constants.js';
import { SubmissionStateError, UnknownSubmissionError } from '../errors.js';
import {
  type RejectSubmissionInput,
  type ReviewSubmissionInput,
  rejectSubmissionInputSchema,
  reviewSubmissionInputSchema,
  type SubmitPluginInput,
  submitPluginInputSchema,
} from '../inputs.js';
import { pluginSubmissions } from '../plugin-submissions.js';

export type PluginSubmission = typeof pluginSubmissions.$inferSelect;

/**
 * Submits a plugin for review as `pending`. Run it inside `withUser` for the submitter: the
 * table's policy accepts only the user's own pending submission (the service role may submit for
 * anyone). Approval is `approvePluginSubmission` (functions), rejection `rejectSubmission`.
 */
export async function submitPlugin(db: Database, input: SubmitPluginInput): Promise<PluginSubmission> {
  const d = submitPluginInputSchema.parse(input);
  const [row] = await db
    .insert(pluginSubmissions)
    .values({ ...d, status: 'pending' })
    .returning();
  return row!;
}

/** Moves a submission from `from` to its next state, or explains why it cannot. */
async function moveSubmission(
  db: Database,
  submissionId: string,
  from: readonly SubmissionStatus[],
  action: string,
  set: PgUpdateSetSource<typeof pluginSubmissions>,
): Promise<PluginSubmission> {
  const [moved] = await db
    .update(pluginSubmissions)
    .set(set)
    .where(and(eq(pluginSubmissions.id, submissionId), inArray(pluginSubmissions.status, [...from])))
    .returning();
  if (moved) return moved;
  const [current] = await db
    .select({ status: pluginSubmissions.status })
    .from(pluginSubmissions)
    .where(eq(pluginSubmissions.id, submissionId));
  if (!current) throw new UnknownSubmissionError(submissionId);
  throw new SubmissionStateError(submissionId, current.status, action);
}

/** The reviewer: the one named (service role), else the signed-in admin. */
const reviewer = (reviewerId: string | undefined) => sql`coalesce(${reviewerId ?? null}::uuid, auth.uid())`;

/**
 * Takes a `pending` submission into review (admin inside `withUser`, or the service role with
 * `reviewerId`). `SubmissionStateError` for any other state, `UnknownSubmissionError` for none.
 */
export async function startSubmissionReview(
  db: Database,
  input: ReviewSubmissionInput,
): Promise<PluginSubmission> {
  const d = reviewSubmissionInputSchema.parse(input);
  return moveSubmission(db, d.submissionId, ['pending'], 'start reviewing', {
    status: 'in_review',
    reviewerId: reviewer(d.reviewerId),
    ...(d.notes ? { reviewNotes: d.notes } : {}),
  });
}

/**
 * Rejects a `pending` or `in_review` submission with notes for the submitter (admin inside
 * `withUser`, or the service role with `reviewerId`). An approved or rejected submission is
 * refused with `SubmissionStateError`, an unknown one with `UnknownSubmissionError`.
 */
export async function rejectSubmission(
  db: Database,
  input: RejectSubmissionInput,
): Promise<PluginSubmission> {
  const d = rejectSubmissionInputSchema.parse(input);
  return moveSubmission(db, d.submissionId, ['pending', 'in_review'], 'reject', {
    status: 'rejected',
    reviewNotes: d.notes,
    reviewedAt: sql`now()`,
    reviewerId: reviewer(d.reviewerId),
  });
}
