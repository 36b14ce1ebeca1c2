import { z } from 'zod';
import { USER_FILES_MAX_BYTES, userFilesMimeTypes } from './constants.js';

/** Input of `userFilePath`: the parts of `{userId}/{entity}/{yyyy}/{mm}/{uuid}.{ext}`. */
export const userFilePathInputSchema = z
  .object({
    /** The owner: the first folder, which the policies compare with `auth.uid()`. */
    userId: z.uuid(),
    /** What the file belongs to (`avatars`, `invoices`, `attachments`): one path segment. */
    entity: z
      .string()
      .regex(
        /^[a-z0-9][a-z0-9_-]{0,62}$/,
        'entity must be one lower-case path segment (letters, digits, _ or -)',
      ),
    /** Decides the `{yyyy}/{mm}` folders (UTC); default now. */
    date: z.coerce.date().optional(),
    /** The file's id; default a new random uuid. */
    id: z.uuid().optional(),
    /** File extension without the dot (`pdf`, `png`); lower-cased. */
    ext: z
      .string()
      .transform((e) => e.replace(/^\./, '').toLowerCase())
      .pipe(z.string().regex(/^[a-z0-9]{1,10}$/, 'ext must be 1–10 letters or digits')),
  })
  .strict();
export type UserFilePathInput = z.input<typeof userFilePathInputSchema>;

/** An upload the `user-files` bucket accepts: size within 50 MB, MIME type on the allow-list. */
export const userFileUploadSchema = z.object({
  size: z.int().min(0).max(USER_FILES_MAX_BYTES, 'file is larger than 50 MB'),
  mimeType: z.enum(userFilesMimeTypes, { error: 'file type not allowed in user-files' }),
});
export type UserFileUpload = z.infer<typeof userFileUploadSchema>;
