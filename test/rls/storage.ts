import { sql } from 'drizzle-orm';
import { rows } from '../../src/db.js';
import { userFilePath } from '../../src/modules/storage/queries.js';
import { defineRlsSpec, type Tx } from './matrix.js';

const count = async (tx: Tx, query: ReturnType<typeof sql>) => (await rows(tx, query)).length;

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
    delete: (tx, f) => count(tx, sql`delete from storage.objects where name = ${f.name} returning id`),
  },
  expect: {
    anon: { select: 0, insert: 'denied', update: 0, delete: 0 },
    owner: { select: 1, insert: 1, update: 1, delete: 1 },
    other: { select: 0, insert: 'denied', update: 0, delete: 0 },
    admin: { select: 0, insert: 'denied', update: 0, delete: 0 },
    service_role: { select: 1, insert: 1, update: 1, delete: 1 },
  },
});

export const specs = [storageObjectsSpec];
