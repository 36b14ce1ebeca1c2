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

const rules = {
  email: z.email().max(320),
  displayName: z.string().trim().min(1).max(120).nullish(),
  avatarUrl: z.url().nullish(),
  companyName: z.string().trim().min(1).max(200).nullish(),
  role: z.enum(userRoles),
  profile: userProfileSchema,
};

export const selectUserSchema = createSelectSchema(users, { profile: userProfileSchema }).omit({
  passwordHash: true,
});
export const insertUserSchema = createInsertSchema(users, rules);
export const updateUserSchema = createUpdateSchema(users, rules);

/** What a signed-in user may change on their own row (the columns granted to `authenticated`). */
export const updateOwnProfileSchema = z
  .object({
    displayName: rules.displayName,
    avatarUrl: rules.avatarUrl,
    companyName: rules.companyName,
    profile: userProfileSchema,
  })
  .partial()
  .strict();

export type UpdateOwnProfile = z.infer<typeof updateOwnProfileSchema>;
