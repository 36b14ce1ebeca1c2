import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ZodError } from 'zod';
import { rows } from '../../src/db.js';
import { USER_FILES_MAX_BYTES, userFilesMimeTypes } from '../../src/modules/storage/constants.js';
import { parseUserFilePath, userFilePath } from '../../src/modules/storage/queries.js';
import { userFileUploadSchema } from '../../src/validators.js';
import { withUser } from '../../src/with-user.js';
import { createTestDatabase, sqlState, type TestDatabase } from '../support/database.js';
import { createUser, type TestUser } from '../support/fixtures.js';

let t: TestDatabase;
let alice: TestUser;
let bob: TestUser;
beforeAll(async () => {
  t = await createTestDatabase();
  alice = await createUser(t.db);
  bob = await createUser(t.db);
});
afterAll(() => t.close());

const upload = (name: string) =>
  sql`insert into storage.objects (bucket_id, name, owner_id) values ('user-files', ${name}, ${alice.id}) returning name`;

describe('user-files bucket', () => {
  it('exists, private, 50 MB, with seed 001’s MIME allow-list', async () => {
    const [bucket] = await rows<{
      public: boolean;
      file_size_limit: string | number;
      allowed_mime_types: string[];
    }>(
      t.db,
      sql`select public, file_size_limit, allowed_mime_types from storage.buckets where id = 'user-files'`,
    );
    expect(bucket?.public).toBe(false);
    expect(Number(bucket?.file_size_limit)).toBe(USER_FILES_MAX_BYTES);
    expect(bucket?.allowed_mime_types).toEqual([...userFilesMimeTypes]);
  });

  it('lets a user upload and read under their own folder', async () => {
    const name = userFilePath({ userId: alice.id, entity: 'avatars', ext: 'png' });
    const seen = await withUser(t.db, { sub: alice.id }, async (tx) => {
      await tx.execute(upload(name));
      return rows(tx, sql`select name from storage.objects where name = ${name}`);
    });
    expect(seen).toEqual([{ name }]);
  });

  it('refuses an upload under another user’s folder', async () => {
    const name = userFilePath({ userId: bob.id, entity: 'avatars', ext: 'png' });
    const error = await withUser(t.db, { sub: alice.id }, (tx) => tx.execute(upload(name))).catch((e) => e);
    expect(sqlState(error)).toBe('42501');
  });

  it('refuses moving a file into another user’s folder', async () => {
    const name = userFilePath({ userId: alice.id, entity: 'docs', ext: 'pdf' });
    await t.db.execute(upload(name));
    const stolen = name.replace(alice.id, bob.id);
    const error = await withUser(t.db, { sub: alice.id }, (tx) =>
      tx.execute(sql`update storage.objects set name = ${stolen} where name = ${name}`),
    ).catch((e) => e);
    expect(sqlState(error)).toBe('42501');
  });

  it('hides other users’ files from a signed-in user', async () => {
    const name = userFilePath({ userId: bob.id, entity: 'docs', ext: 'pdf' });
    await t.db.execute(sql`insert into storage.objects (bucket_id, name) values ('user-files', ${name})`);
    const seen = await withUser(t.db, { sub: alice.id }, (tx) =>
      rows(tx, sql`select name from storage.objects where name = ${name}`),
    );
    expect(seen).toEqual([]);
  });

  it('keeps Supabase’s path_tokens and storage.foldername()', async () => {
    const [row] = await rows<{ folders: string[]; tokens: string[] }>(
      t.db,
      sql`select storage.foldername('a/b/c.png') as folders, string_to_array('a/b/c.png', '/') as tokens`,
    );
    expect(row?.folders).toEqual(['a', 'b']);
    const name = userFilePath({ userId: alice.id, entity: 'docs', ext: 'txt' });
    await t.db.execute(upload(name));
    const [object] = await rows<{ path_tokens: string[] }>(
      t.db,
      sql`select path_tokens from storage.objects where name = ${name}`,
    );
    expect(object?.path_tokens).toEqual(name.split('/'));
  });
});

describe('userFilePath', () => {
  it('builds {userId}/{entity}/{yyyy}/{mm}/{uuid}.{ext} in UTC', () => {
    const userId = randomUUID();
    const id = randomUUID();
    const path = userFilePath({
      userId,
      entity: 'invoices',
      date: new Date('2026-01-31T23:30:00Z'),
      id,
      ext: '.PDF',
    });
    expect(path).toBe(`${userId}/invoices/2026/01/${id}.pdf`);
    expect(parseUserFilePath(path)).toEqual({
      userId,
      entity: 'invoices',
      year: 2026,
      month: 1,
      id,
      ext: 'pdf',
    });
  });

  it('gives a fresh uuid by default', () => {
    const userId = randomUUID();
    const a = userFilePath({ userId, entity: 'x', ext: 'txt' });
    const b = userFilePath({ userId, entity: 'x', ext: 'txt' });
    expect(a).not.toBe(b);
    expect(parseUserFilePath(a)?.userId).toBe(userId);
  });

  it('rejects an entity that would add folders, naming the field', () => {
    const error = (() => {
      try {
        userFilePath({ userId: randomUUID(), entity: '../other', ext: 'png' });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ZodError);
    expect((error as ZodError).issues.map((i) => i.path.join('.'))).toEqual(['entity']);
  });

  it('rejects a user id that is not a uuid and an empty extension', () => {
    expect(() => userFilePath({ userId: 'alice', entity: 'x', ext: 'png' })).toThrow(ZodError);
    expect(() => userFilePath({ userId: randomUUID(), entity: 'x', ext: '' })).toThrow(ZodError);
  });
});

describe('userFileUploadSchema', () => {
  it('accepts an allowed type within 50 MB and rejects the rest', () => {
    expect(userFileUploadSchema.safeParse({ size: 1024, mimeType: 'application/pdf' }).success).toBe(true);
    expect(
      userFileUploadSchema.safeParse({ size: USER_FILES_MAX_BYTES + 1, mimeType: 'image/png' }).success,
    ).toBe(false);
    expect(userFileUploadSchema.safeParse({ size: 1, mimeType: 'application/x-msdownload' }).success).toBe(
      false,
    );
  });
});
