import { randomUUID } from 'node:crypto';
import { type UserFilePathInput, userFilePathInputSchema } from './inputs.js';

/**
 * The object name of a user's file in the `user-files` bucket:
 * `{userId}/{entity}/{yyyy}/{mm}/{uuid}.{ext}` (month and year in UTC; docs/storage.md). The first
 * folder is the owner's id, which is what the bucket's policies check. Invalid parts throw a
 * ZodError naming the field.
 */
export function userFilePath(input: UserFilePathInput): string {
  const { userId, entity, date = new Date(), id = randomUUID(), ext } = userFilePathInputSchema.parse(input);
  const yyyy = String(date.getUTCFullYear()).padStart(4, '0');
  const mm = String(date.getUTCMonth() + 1).padStart(2, '0');
  return `${userId}/${entity}/${yyyy}/${mm}/${id}.${ext}`;
}

/** The parts of a `user-files` object name, or `undefined` when it does not follow the convention. */
export function parseUserFilePath(
  path: string,
): { userId: string; entity: string; year: number; month: number; id: string; ext: string } | undefined {
  const match =
    /^([0-9a-f-]{36})\/([a-z0-9][a-z0-9_-]*)\/(\d{4})\/(\d{2})\/([0-9a-f-]{36})\.([a-z0-9]{1,10})$/i.exec(
      path,
    );
  if (!match) return undefined;
  const [, userId, entity, year, month, id, ext] = match;
  return { userId: userId!, entity: entity!, year: Number(year), month: Number(month), id: id!, ext: ext! };
}
