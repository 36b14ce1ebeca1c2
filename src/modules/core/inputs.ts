import { z } from 'zod';
import { userProfileSchema } from './validation.js';

/** What a signed-in user may change on their own row (the columns the guard lets them change). */
export const updateOwnProfileSchema = z
  .object({
    displayName: z.string().trim().min(1).max(120).nullable(),
    avatarUrl: z.url().nullable(),
    companyName: z.string().trim().min(1).max(200).nullable(),
    profile: userProfileSchema,
  })
  .partial()
  .strict();

export type UpdateOwnProfile = z.infer<typeof updateOwnProfileSchema>;
