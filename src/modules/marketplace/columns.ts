import { text, uuid } from 'drizzle-orm/pg-core';
import { users } from '../core/users.js';
import { plugins } from './plugins.js';

/** A user's row about a plugin (trials, usage): both references cascade when either is deleted. */
export const userPluginColumns = () => ({
  userId: uuid('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  pluginId: text('plugin_id')
    .notNull()
    .references(() => plugins.id, { onDelete: 'cascade' }),
});
