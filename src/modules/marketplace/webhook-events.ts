import { sql } from 'drizzle-orm';
import { index, jsonb, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { custom, defineTable } from '../../shared/access.js';
import { paymentProvider } from '../billing/enums.js';

/**
 * Every payment-provider webhook received (seed 000's "Stripe webhook logs"), once per provider
 * event id: recording it first (`recordWebhookEvent`) tells a redelivery apart from a new event.
 * Admins read it; the service role writes.
 */
export const webhookEvents = defineTable(
  'webhook_events',
  custom({ admin: ['select'] }),
  {
    id: uuid('id').primaryKey().defaultRandom(),
    provider: paymentProvider('provider').notNull(),
    /** The provider's event id (Stripe's `evt_...`). */
    eventId: text('event_id').notNull(),
    type: text('type').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
    /** Set when handling succeeded; `null` while pending or after an error. */
    processedAt: timestamp('processed_at', { withTimezone: true }),
    /** The last handling error, if any. */
    error: text('error'),
  },
  (t) => [
    uniqueIndex('webhook_events_provider_event_key').on(t.provider, t.eventId),
    /** Events still to (re)process. */
    index('webhook_events_unprocessed_idx')
      .on(t.receivedAt)
      .where(sql`${t.processedAt} is null`),
  ],
);
