import { createInsertSchema, createSelectSchema, createUpdateSchema } from 'drizzle-zod';
import { z } from 'zod';
import { userCredentials } from './user-credentials.js';
import { users } from './users.js';

/** The shape of `users.profile` (jsonb: drizzle-zod cannot see it). Unknown keys are kept. */
export const userProfileSchema = z
  .object({
    bio: z.string().max(2000).optional(),
    website: z.url().optional(),
    location: z.string().max(200).optional(),
    timezone: z.string().max(64).optional(),
  })
  .catchall(z.unknown());

/**
 * Rules drizzle-zod cannot derive (it derives enums such as `role` itself). Given as functions
 * so drizzle-zod still applies each column's optionality and nullability.
 */
const rules = {
  email: () => z.email().max(320),
  displayName: () => z.string().trim().min(1).max(120),
  avatarUrl: () => z.url(),
  companyName: () => z.string().trim().min(1).max(200),
  profile: () => userProfileSchema,
};

export const selectUserSchema = createSelectSchema(users, { profile: rules.profile });
export const insertUserSchema = createInsertSchema(users, rules);
export const updateUserSchema = createUpdateSchema(users, rules);

export const insertUserCredentialsSchema = createInsertSchema(userCredentials, {
  passwordHash: () => z.string().regex(/^\$[a-z0-9-]+\$/, 'passwordHash must be a bcrypt or argon2 hash'),
});
