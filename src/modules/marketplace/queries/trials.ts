import { and, eq, lte, notInArray, sql } from 'drizzle-orm';
import type { Database } from '../../../db.js';
import { type Subscription, subscriptions } from '../../billing/subscriptions.js';
import { TrialNotFoundError, TrialStateError, TrialSubscriptionMismatchError } from '../errors.js';
import {
  type ConvertTrialInput,
  convertTrialInputSchema,
  type ExpireTrialsInput,
  expireTrialsInputSchema,
} from '../inputs.js';
import { trials } from '../trials.js';
import { subscribeToPlugin } from './plugins.js';

export type Trial = typeof trials.$inferSelect;

/** Statuses of a plugin subscription that no longer holds the plugin (the requirement trigger's). */
const endedStatuses = ['cancelled', 'expired'] as const;

/**
 * Converts the user's active trial of a plugin (service role): in one transaction the trial is
 * locked, the user's live subscription to the plugin is linked (the one given, or one found, or a
 * new one through `subscribeToPlugin`), and the trial is marked `converted`. Refused with
 * `TrialNotFoundError` without a trial, `TrialStateError` for a converted, expired or ended one
 * (nothing written), `TrialSubscriptionMismatchError` for a subscription of someone or something else.
 */
export async function convertTrial(
  db: Database,
  input: ConvertTrialInput,
): Promise<{ trial: Trial; subscription: Subscription; subscriptionCreated: boolean }> {
  const d = convertTrialInputSchema.parse(input);
  return db.transaction(async (tx) => {
    const [found] = await tx
      .select({ trial: trials, ended: sql<boolean>`${trials.endsAt} <= now()` })
      .from(trials)
      .where(and(eq(trials.userId, d.userId), eq(trials.pluginId, d.pluginId)))
      .for('update');
    if (!found) throw new TrialNotFoundError(d.userId, d.pluginId);
    const { trial, ended } = found;
    if (trial.status !== 'active') throw new TrialStateError(trial.id, trial.status, 'convert');
    if (ended) throw new TrialStateError(trial.id, 'ended', 'convert');

    const live = and(
      eq(subscriptions.userId, d.userId),
      eq(subscriptions.pluginId, d.pluginId),
      notInArray(subscriptions.status, [...endedStatuses]),
    );
    let subscription: Subscription | undefined;
    let subscriptionCreated = false;
    if (d.subscriptionId) {
      [subscription] = await tx
        .select()
        .from(subscriptions)
        .where(and(eq(subscriptions.id, d.subscriptionId), live));
      if (!subscription) throw new TrialSubscriptionMismatchError(d.subscriptionId, d.userId, d.pluginId);
    } else {
      [subscription] = await tx.select().from(subscriptions).where(live).limit(1);
      if (!subscription) {
        subscription = await subscribeToPlugin(tx, { userId: d.userId, pluginId: d.pluginId });
        subscriptionCreated = true;
      }
    }
    const [converted] = await tx
      .update(trials)
      .set({ status: 'converted', convertedAt: sql`now()`, subscriptionId: subscription.id })
      .where(eq(trials.id, trial.id))
      .returning();
    return { trial: converted!, subscription, subscriptionCreated };
  });
}

/**
 * Expires every active trial that has ended (`ends_at` not after `asOf`, default now) (service
 * role; a job runs it). Returns the trials it expired; running it again expires none of them again.
 */
export async function expireTrials(db: Database, input: ExpireTrialsInput = {}): Promise<Trial[]> {
  const d = expireTrialsInputSchema.parse(input);
  return db
    .update(trials)
    .set({ status: 'expired' })
    .where(and(eq(trials.status, 'active'), lte(trials.endsAt, d.asOf ?? sql`now()`)))
    .returning();
}
