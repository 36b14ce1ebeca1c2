import { relations } from 'drizzle-orm';
import { boolean, text, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { defineTable, perUser } from '../../shared/access.js';
import { timestamps } from '../../shared/columns.js';
import { users } from '../core/users.js';
import { notificationChannel } from './enums.js';

/**
 * A user's choice for one channel and topic (`email` × `plugin_updates`). No row means the
 * default: enabled. The user manages their own.
 */
export const notificationPreferences = defineTable(
  'notification_preferences',
  perUser({ user: ['insert', 'update', 'delete'] }),
  {
    id: uuid('id').primaryKey().defaultRandom(),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    channel: notificationChannel('channel').notNull(),
    /** What the notification is about: `plugin_updates`, `billing`, `usage_alerts`, ... */
    topic: text('topic').notNull(),
    enabled: boolean('enabled').notNull().default(true),
    ...timestamps,
  },
  (t) => [uniqueIndex('notification_preferences_key').on(t.userId, t.channel, t.topic)],
);

export const notificationPreferencesRelations = relations(notificationPreferences, ({ one }) => ({
  user: one(users, { fields: [notificationPreferences.userId], references: [users.id] }),
}));
