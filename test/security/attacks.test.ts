/**
 * A hostile SQL session connected as `anon` or `authenticated` (a leaked pooler password, a SQL
 * console) gains nothing: RLS does not apply to TRUNCATE and triggers run as whoever writes next,
 * so neither privilege is held; storage paths cannot climb out of the user's folder, name another
 * owner or reach another bucket. Tables come from the package's declarations, so new modules are
 * covered without editing this file.
 */
import { randomUUID } from 'node:crypto';
import { type SQL, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rows } from '../../src/db.js';
import { userFilePath } from '../../src/modules/storage/queries.js';
import { type JwtClaims, withUser } from '../../src/with-user.js';
import { createTestDatabase, sqlState, type TestDatabase } from '../support/database.js';
import { createUser, type TestUser } from '../support/fixtures.js';
import { isSupabase } from '../support/supabase.js';
import { compatObjects, declaredTables } from './declared.js';

let t: TestDatabase;
let me: TestUser;
let other: TestUser;
beforeAll(async () => {
  t = await createTestDatabase();
  [me, other] = [await createUser(t.db), await createUser(t.db)];
});
afterAll(() => t.close());

class Rollback extends Error {}

/** Runs `statement` as the session and always rolls back; the SQLSTATE of its error, or 'ok'. */
async function attempt(claims: JwtClaims, statement: SQL): Promise<string> {
  try {
    await withUser(t.db, claims, async (tx) => {
      await tx.execute(statement);
      throw new Rollback();
    });
  } catch (error) {
    if (error instanceof Rollback) return 'ok';
    return sqlState(error) ?? String(error);
  }
  return 'unreachable';
}

const sessions: [string, () => JwtClaims][] = [
  ['anon', () => ({})],
  ['authenticated', () => ({ sub: me.id })],
];

/**
 * The package's tables, and the storage tables where the compatibility layer made them (on
 * Supabase, storage's ACLs are Supabase's own: Storage grants the API roles ALL on them).
 */
async function tables(): Promise<string[]> {
  return [...declaredTables().map((d) => d.name), ...(await compatObjects(t.db, 'table'))];
}

const objectName = (owner: string, file = `${randomUUID()}.pdf`) => `${owner}/documents/${file}`;

describe('a hostile anon or authenticated session', () => {
  it.each(sessions)('cannot TRUNCATE any table (%s)', async (_role, claims) => {
    const results: string[] = [];
    for (const table of await tables())
      results.push(`${table}: ${await attempt(claims(), sql.raw(`truncate table ${table} cascade`))}`);
    expect(results.filter((r) => !r.endsWith('42501'))).toEqual([]);
    expect(results.length).toBeGreaterThan(isSupabase() ? 1 : 3);
  });

  it.each(sessions)('cannot create a trigger on any table (%s)', async (_role, claims) => {
    const results: string[] = [];
    for (const table of await tables()) {
      const statement = sql.raw(`create trigger hostile before insert on ${table}
        for each row execute function saas_private.set_updated_at()`);
      results.push(`${table}: ${await attempt(claims(), statement)}`);
    }
    expect(results.filter((r) => !r.endsWith('42501'))).toEqual([]);
  });

  it('cannot climb out of their folder with .. segments', async () => {
    for (const name of [
      `${me.id}/../${other.id}/x.pdf`,
      `${me.id}/./${other.id}/x.pdf`,
      `${me.id}//x.pdf`,
      `${me.id}/documents/../../${other.id}/x.pdf`,
    ]) {
      const insert = sql`insert into storage.objects (bucket_id, name) values ('user-files', ${name})`;
      expect(await attempt({ sub: me.id }, insert), name).toBe('42501');
    }
  });

  it('cannot upload a file naming someone else as its owner', async () => {
    const asOwner = sql`insert into storage.objects (bucket_id, name, owner)
      values ('user-files', ${objectName(me.id)}, ${other.id})`;
    const asOwnerId = sql`insert into storage.objects (bucket_id, name, owner_id)
      values ('user-files', ${objectName(me.id)}, ${other.id})`;
    expect(await attempt({ sub: me.id }, asOwner)).toBe('42501');
    expect(await attempt({ sub: me.id }, asOwnerId)).toBe('42501');
  });

  it('cannot hand their own file to someone else, or move it into another bucket or folder', async () => {
    const name = objectName(me.id);
    await t.db.execute(sql`insert into storage.buckets (id, name) values ('attacks-other', 'attacks-other')
      on conflict (id) do nothing`);
    await t.db.execute(sql`insert into storage.objects (bucket_id, name, owner, owner_id)
      values ('user-files', ${name}, ${me.id}, ${me.id})`);
    const own = sql`bucket_id = 'user-files' and name = ${name}`;
    for (const change of [
      sql`owner = ${other.id}`,
      sql`owner_id = ${other.id}`,
      sql`bucket_id = 'attacks-other'`,
      sql`name = ${objectName(other.id)}`,
    ]) {
      expect(await attempt({ sub: me.id }, sql`update storage.objects set ${change} where ${own}`)).toBe(
        '42501',
      );
    }
    const [row] = await rows<{ owner: string }>(
      t.db,
      sql`select owner::text from storage.objects where ${own}`,
    );
    expect(row?.owner).toBe(me.id);
  });

  it('cannot write their own folder name into another bucket', async () => {
    await t.db.execute(sql`insert into storage.buckets (id, name) values ('attacks-other', 'attacks-other')
      on conflict (id) do nothing`);
    const insert = sql`insert into storage.objects (bucket_id, name) values ('attacks-other', ${objectName(me.id)})`;
    expect(await attempt({ sub: me.id }, insert)).toBe('42501');
  });

  it('still uploads a well-formed path of their own (the refusals above are specific)', async () => {
    const name = userFilePath({ userId: me.id, entity: 'documents', ext: 'pdf' });
    const insert = sql`insert into storage.objects (bucket_id, name, owner, owner_id)
      values ('user-files', ${name}, ${me.id}, ${me.id})`;
    expect(await attempt({ sub: me.id }, insert)).toBe('ok');
  });
});
