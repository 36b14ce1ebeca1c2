/**
 * The storage module (docs/storage.md): the private `user-files` bucket. Its row and
 * the owner-folder policies on `storage.objects` are created by src/functions/storage/user-files.sql;
 * these constants mirror them for application code (keep both in step).
 */
export const USER_FILES_BUCKET = 'user-files';

/** 50 MB per file (`storage.buckets.file_size_limit`). */
export const USER_FILES_MAX_BYTES = 52_428_800;

/** The MIME types the bucket accepts (`storage.buckets.allowed_mime_types`). */
export const userFilesMimeTypes = [
  'image/jpeg',
  'image/png',
  'image/gif',
  'image/webp',
  'application/pdf',
  'text/plain',
  'text/csv',
] as const;
export type UserFileMimeType = (typeof userFilesMimeTypes)[number];
