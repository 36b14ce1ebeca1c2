import { and, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import { type Database, excluded } from '../../../db.js';
import { liveSubscriptionStatuses } from '../constants.js';
import { databaseError, NoLiveSubscriptionError, SubscriptionConflictError } from '../errors.js';
import {
  type ChangePlanInput,
  changePlanInputSchema,
  type StartSubscriptionInput,
  type StartTrialInput,
  type SubscriptionEvent,
  startSubscriptionInputSchema,
  startTrialInputSchema,
  subscriptionEventSchema,
} from '../inputs.js';
import { type Subscription, subscriptions } from '../subscriptions.js';
import { requirePlan } from './plans.js';

const DAY_MS = 86_400_000;

/** Turns the one-live-plan index's violation into a `SubscriptionConflictError`. */
async function guardOneLivePlan<T>(userId: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    const { code, constraint } = databaseError(error);
    if (code === '23505' && constraint === 'subscriptions_one_live_plan_per_user') {
      throw new SubscriptionConflictError(userId);
    }
    throw error;
  }
}

const livePlanSubscription = (userId: string) =>
  and(
    eq(subscriptions.userId, userId),
    isNotNull(subscriptions.planId),
    inArray(subscriptions.status, [...liveSubscriptionStatuses]),
  );

/** The user's live platform-plan subscription (at most one exists), if any. */
export async function getLivePlanSubscription(
  db: Database,
  userId: string,
): Promise<Subscription | undefined> {
  const [found] = await db.select().from(subscriptions).where(livePlanSubscription(userId));
  return found;
}

/**
 * Starts a platform-plan subscription. The database allows one live plan subscription per user
 * (also under concurrent calls): a second one fails with `SubscriptionConflictError`. Bad input
 * and unknown plans fail with a ZodError naming the field. Service role only.
 */
export async function startSubscription(db: Database, input: StartSubscriptionInput): Promise<Subscription> {
  const data = startSubscriptionInputSchema.parse(input);
  const plan = await requirePlan(db, data.planCode);
  return guardOneLivePlan(data.userId, async () => {
    const [created] = await db
      .insert(subscriptions)
      .values({
        userId: data.userId,
        planId: plan.id,
        status: data.status,
        provider: data.provider,
        providerSubscriptionId: data.providerSubscriptionId,
        providerCustomerId: data.providerCustomerId,
        currentPeriodStart: data.currentPeriodStart ?? new Date(),
        currentPeriodEnd: data.currentPeriodEnd,
      })
      .returning();
    return created!;
  });
}

/**
 * Starts a free trial of a plan: status `trialing` for `trialDays` (default: the plan's
 * `trial_days`). Fails like `startSubscription` when the user already has a live plan subscription.
 */
export async function startTrial(db: Database, input: StartTrialInput): Promise<Subscription> {
  const data = startTrialInputSchema.parse(input);
  const plan = await requirePlan(db, data.planCode);
  const days = data.trialDays ?? plan.trialDays;
  if (days < 1) {
    throw new z.ZodError([
      {
        code: 'custom',
        path: ['planCode'],
        message: `plan "${plan.code}" has no trial`,
        input: data.planCode,
      },
    ]);
  }
  const now = new Date();
  const trialEndsAt = new Date(now.getTime() + days * DAY_MS);
  return guardOneLivePlan(data.userId, async () => {
    const [created] = await db
      .insert(subscriptions)
      .values({
        userId: data.userId,
        planId: plan.id,
        status: 'trialing',
        trialEndsAt,
        currentPeriodStart: now,
        currentPeriodEnd: trialEndsAt,
      })
      .returning();
    return created!;
  });
}

/** Moves the user's live plan subscription to another plan (upgrade or downgrade). */
export async function changePlan(db: Database, input: ChangePlanInput): Promise<Subscription> {
  const data = changePlanInputSchema.parse(input);
  const plan = await requirePlan(db, data.planCode);
  const [changed] = await db
    .update(subscriptions)
    .set({ planId: plan.id })
    .where(livePlanSubscription(data.userId))
    .returning();
  if (!changed) throw new NoLiveSubscriptionError(data.userId);
  return changed;
}

/**
 * Marks the user's live plan subscription to end at `current_period_end` instead of renewing,
 * recording when that was asked (`cancelled_at`). Asking again changes nothing.
 */
export async function cancelAtPeriodEnd(db: Database, userId: string): Promise<Subscription> {
  const live = await getLivePlanSubscription(db, userId);
  if (!live) throw new NoLiveSubscriptionError(userId);
  if (live.cancelAtPeriodEnd) return live;
  const [changed] = await db
    .update(subscriptions)
    .set({ cancelAtPeriodEnd: true, cancelledAt: sql`now()` })
    .where(eq(subscriptions.id, live.id))
    .returning();
  return changed!;
}

export type AppliedEvent<T> = {
  /** False when the event was not newer than the last one applied (a redelivery): nothing changed. */
  applied: boolean;
  row: T;
};

/**
 * Applies a payment provider's webhook about a subscription: an upsert keyed by
 * (provider, provider_subscription_id). Idempotent: an event not newer than the last applied one
 * (`provider_event_at`) changes nothing, so a redelivered or out-of-order webhook is harmless.
 * A user's local subscription without a provider id (e.g. a trial started here) is linked
 * rather than duplicated. Service role only.
 */
export async function applySubscriptionEvent(
  db: Database,
  event: SubscriptionEvent,
): Promise<AppliedEvent<Subscription>> {
  const data = subscriptionEventSchema.parse(event);
  const plan = await requirePlan(db, data.planCode);
  // One transaction (a savepoint inside the caller's): linking and upserting apply together.
  return db.transaction(async (tx) => {
    const byProviderId = and(
      eq(subscriptions.provider, data.provider),
      eq(subscriptions.providerSubscriptionId, data.providerSubscriptionId),
    );
    const [known] = await tx.select({ id: subscriptions.id }).from(subscriptions).where(byProviderId);
    if (!known) {
      // Link the user's live local subscription (no provider id yet) to this provider subscription.
      await tx
        .update(subscriptions)
        .set({ provider: data.provider, providerSubscriptionId: data.providerSubscriptionId })
        .where(and(livePlanSubscription(data.userId), isNull(subscriptions.providerSubscriptionId)));
    }
    const [row] = await guardOneLivePlan(data.userId, () =>
      tx
        .insert(subscriptions)
        .values({
          userId: data.userId,
          planId: plan.id,
          status: data.status,
          provider: data.provider,
          providerSubscriptionId: data.providerSubscriptionId,
          providerCustomerId: data.providerCustomerId,
          currentPeriodStart: data.currentPeriodStart ?? null,
          currentPeriodEnd: data.currentPeriodEnd ?? null,
          trialEndsAt: data.trialEndsAt ?? null,
          cancelAtPeriodEnd: data.cancelAtPeriodEnd,
          cancelledAt: data.cancelledAt ?? null,
          endedAt: data.endedAt ?? null,
          providerEventAt: data.occurredAt,
        })
        .onConflictDoUpdate({
          target: [subscriptions.provider, subscriptions.providerSubscriptionId],
          set: {
            planId: excluded(subscriptions.planId),
            status: excluded(subscriptions.status),
            providerCustomerId: sql`coalesce(${excluded(subscriptions.providerCustomerId)}, ${subscriptions.providerCustomerId})`,
            currentPeriodStart: excluded(subscriptions.currentPeriodStart),
            currentPeriodEnd: excluded(subscriptions.currentPeriodEnd),
            trialEndsAt: excluded(subscriptions.trialEndsAt),
            cancelAtPeriodEnd: excluded(subscriptions.cancelAtPeriodEnd),
            cancelledAt: excluded(subscriptions.cancelledAt),
            endedAt: excluded(subscriptions.endedAt),
            providerEventAt: excluded(subscriptions.providerEventAt),
          },
          setWhere: sql`${subscriptions.providerEventAt} is null or ${subscriptions.providerEventAt} < ${excluded(subscriptions.providerEventAt)}`,
        })
        .returning(),
    );
    if (row) return { applied: true, row };
    const [current] = await tx.select().from(subscriptions).where(byProviderId);
    return { applied: false, row: current! };
  });
}
