import { createInsertSchema, createSelectSchema, createUpdateSchema } from 'drizzle-zod';
import { z } from 'zod';
import { userRoles } from './constants.js';
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
 * Rules drizzle-zod cannot derive. Given as functions so drizzle-zod still applies each column's
 * optionality and nullability (a plain schema would replace them).
 */
const rules = {
  email: () => z.email().max(320),
  displayName: () => z.string().trim().min(1).max(120),
  avatarUrl: () => z.url(),
  companyName: () => z.string().trim().min(1).max(200),
  role: () => z.enum(userRoles),
  profile: () => userProfileSchema,
};

export const selectUserSchema = createSelectSchema(users, { profile: rules.profile }).omit({
  passwordHash: true,
});
export const insertUserSchema = createInsertSchema(users, rules);
export const updateUserSchema = createUpdateSchema(users, rules);

/** What a signed-in user may change on their own row (the columns granted to `authenticated`). */
export const updateOwnProfileSchema = z
  .object({
    displayName: rules.displayName().nullable(),
    avatarUrl: rules.avatarUrl().nullable(),
    companyName: rules.companyName().nullable(),
    profile: userProfileSchema,
  })
  .partial()
  .strict();

export type UpdateOwnProfile = z.infer<typeof updateOwnProfileSchema>;
