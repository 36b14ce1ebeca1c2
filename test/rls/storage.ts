import { sql } from 'drizzle-orm';
import { rows } from '../../src/db.js';
import { userFilePath } from '../../src/modules/storage/queries.js';
import { defineRlsSpec, type Tx } from './matrix.js';

const count = async (tx: Tx, query: ReturnType<typeof sql>) => (await rows(tx, query)).length;

/**
 * A delete as Supabase's Storage API issues it: Storage's `protect_objects_delete` trigger refuses
 * direct deletes unless the transaction sets `storage.allow_delete_query` (a no-op elsewhere).
 */
async function deleteObject(tx: Tx, bucket: string, name: string) {
  await tx.execute(sql`select set_config('storage.allow_delete_query', 'true', true)`);
  return count(
    tx,
    sql`delete from storage.objects where bucket_id = ${bucket} and name = ${name} returning id`,
  );
}

/**
 * storage.objects in the `user-files` bucket: each operation targets the owner's folder
 * (`{owner}/…`). The owner may do everything there; another user, an admin (seed 001 gives admins
 * no storage policy) and anon see nothing and cannot write; service_role bypasses RLS.
 */
export const storageObjectsSpec = defineRlsSpec({
  table: 'storage.objects',
  async seed(db, { owner }) {
    const name = userFilePath({ userId: owner.id, entity: 'documents', ext: 'pdf' });
    await db.execute(sql`insert into storage.objects (bucket_id, name, owner, owner_id, metadata)
      values ('user-files', ${name}, ${owner.id}, ${owner.id}, '{"mimetype": "application/pdf", "size": 1024}')`);
    return { name };
  },
  run: {
    select: (tx, f) => count(tx, sql`select id from storage.objects where name = ${f.name}`),
    insert: (tx, _f, { owner }) =>
      count(
        tx,
        sql`insert into storage.objects (bucket_id, name, owner_id)
            values ('user-files', ${userFilePath({ userId: owner.id, entity: 'documents', ext: 'txt' })}, ${owner.id})
            returning id`,
      ),
    update: (tx, f) =>
      count(
        tx,
        sql`update storage.objects set metadata = '{"size": 2048}' where name = ${f.name} returning id`,
      ),
    delete: (tx, f) => deleteObject(tx, 'user-files', f.name),
  },
  expect: {
    anon: { select: 0, insert: 'denied', update: 0, delete: 0 },
    owner: { select: 1, insert: 1, update: 1, delete: 1 },
    other: { select: 0, insert: 'denied', update: 0, delete: 0 },
    admin: { select: 0, insert: 'denied', update: 0, delete: 0 },
    service_role: { select: 1, insert: 1, update: 1, delete: 1 },
  },
});

/** A bucket the package knows nothing about, e.g. one an application made for its own files. */
const OTHER_BUCKET = 'rls-matrix-other-bucket';

/**
 * Cross-bucket isolation: an object under the owner's folder name but in another bucket. The
 * `user-files` policies must not reach it (they check `bucket_id`), so the owner sees and writes
 * nothing there either; only service_role (BYPASSRLS) does.
 */
export const otherBucketSpec = defineRlsSpec({
  table: 'storage.objects (another bucket)',
  async seed(db, { owner }) {
    await db.execute(sql`insert into storage.buckets (id, name, public) values (${OTHER_BUCKET}, ${OTHER_BUCKET}, false)
      on conflict (id) do nothing`);
    const name = userFilePath({ userId: owner.id, entity: 'documents', ext: 'pdf' });
    await db.execute(sql`insert into storage.objects (bucket_id, name, owner, owner_id)
      values (${OTHER_BUCKET}, ${name}, ${owner.id}, ${owner.id})`);
    return { name };
  },
  run: {
    select: (tx, f) =>
      count(tx, sql`select id from storage.objects where bucket_id = ${OTHER_BUCKET} and name = ${f.name}`),
    insert: (tx, _f, { owner }) =>
      count(
        tx,
        sql`insert into storage.objects (bucket_id, name, owner_id)
            values (${OTHER_BUCKET}, ${userFilePath({ userId: owner.id, entity: 'documents', ext: 'txt' })}, ${owner.id})
            returning id`,
      ),
    update: (tx, f) =>
      count(
        tx,
        sql`update storage.objects set metadata = '{"size": 2048}'
            where bucket_id = ${OTHER_BUCKET} and name = ${f.name} returning id`,
      ),
    delete: (tx, f) => deleteObject(tx, OTHER_BUCKET, f.name),
  },
  expect: {
    anon: { select: 0, insert: 'denied', update: 0, delete: 0 },
    owner: { select: 0, insert: 'denied', update: 0, delete: 0 },
    other: { select: 0, insert: 'denied', update: 0, delete: 0 },
    admin: { select: 0, insert: 'denied', update: 0, delete: 0 },
    service_role: { select: 1, insert: 1, update: 1, delete: 1 },
  },
});

export const specs = [storageObjectsSpec, otherBucketSpec];
