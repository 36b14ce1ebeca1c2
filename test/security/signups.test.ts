/**
 * Every kind of Supabase Auth (GoTrue) sign-up, inserted into auth.users as GoTrue inserts it (as
 * its own role, supabase_auth_admin, where it exists), gives exactly one public.users row; nothing
 * about public.users may make GoTrue's insert fail.
 */
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Database, rows } from '../../src/db.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';

let t: TestDatabase;
let authRole: string | undefined;
beforeAll(async () => {
  t = await createTestDatabase();
  const [found] = await rows<{ role: string | null }>(
    t.db,
    sql`select rolname as role from pg_roles where rolname = 'supabase_auth_admin'`,
  );
  authRole = found?.role ?? undefined;
});
afterAll(() => t.close());

type SignUp = {
  email?: string | null;
  phone?: string | null;
  meta?: Record<string, unknown>;
  anonymous?: boolean;
  sso?: boolean;
};

/** Inserts the auth.users row GoTrue would insert, as GoTrue's role; returns the new user's id. */
async function signUp(db: Database, s: SignUp): Promise<string> {
  const id = randomUUID();
  await db.transaction(async (tx) => {
    if (authRole) await tx.execute(sql`select set_config('role', ${authRole}, true)`);
    await tx.execute(sql`insert into auth.users
      (id, email, phone, raw_user_meta_data, raw_app_meta_data, is_anonymous, is_sso_user, created_at, updated_at)
      values (${id}, ${s.email ?? null}, ${s.phone ?? null}, ${JSON.stringify(s.meta ?? {})}::jsonb,
              '{"provider": "email"}'::jsonb, ${s.anonymous ?? false}, ${s.sso ?? false}, now(), now())`);
  });
  return id;
}

const publicUser = async (id: string) =>
  rows<{ email: string | null; display_name: string | null; avatar_url: string | null }>(
    t.db,
    sql`select email, display_name, avatar_url from public.users where id = ${id}`,
  );

const uniqueEmail = () => `signup-${randomUUID().slice(0, 8)}@example.test`;
const uniquePhone = () => `4479${Math.floor(Math.random() * 1e8)}`;

describe('sign-ups of every kind', () => {
  it('an email sign-up gets one users row with its email', async () => {
    const email = uniqueEmail();
    expect(await publicUser(await signUp(t.db, { email }))).toMatchObject([{ email }]);
  });

  it('two phone-only sign-ups each get a row (email NULL)', async () => {
    const a = await signUp(t.db, { phone: uniquePhone() });
    const b = await signUp(t.db, { phone: uniquePhone() });
    expect(await publicUser(a)).toMatchObject([{ email: null }]);
    expect(await publicUser(b)).toMatchObject([{ email: null }]);
  });

  it('anonymous sign-ins each get a row (email NULL, is_anonymous)', async () => {
    const a = await signUp(t.db, { anonymous: true });
    const b = await signUp(t.db, { anonymous: true });
    expect((await publicUser(a)).length + (await publicUser(b)).length).toBe(2);
  });

  it('an SSO user sharing another account’s email gets a row of their own', async () => {
    const email = uniqueEmail();
    const a = await signUp(t.db, { email });
    const b = await signUp(t.db, { email, sso: true });
    expect(await publicUser(a)).toMatchObject([{ email }]);
    expect(await publicUser(b)).toMatchObject([{ email }]);
  });

  it('an OAuth sign-up takes its name and avatar from the provider’s metadata', async () => {
    const meta = { full_name: 'Ada Lovelace', avatar_url: 'https://example.test/ada.png', provider_id: '42' };
    const id = await signUp(t.db, { email: uniqueEmail(), meta });
    expect(await publicUser(id)).toEqual([
      expect.objectContaining({ display_name: 'Ada Lovelace', avatar_url: 'https://example.test/ada.png' }),
    ]);
  });
});

describe('changes in auth.users', () => {
  const asAuth = async (statement: ReturnType<typeof sql>) =>
    t.db.transaction(async (tx) => {
      if (authRole) await tx.execute(sql`select set_config('role', ${authRole}, true)`);
      await tx.execute(statement);
    });

  it('an email change flows to public.users', async () => {
    const id = await signUp(t.db, { email: uniqueEmail() });
    const email = uniqueEmail();
    await asAuth(sql`update auth.users set email = ${email} where id = ${id}`);
    expect(await publicUser(id)).toMatchObject([{ email }]);
  });

  it('a metadata change flows to public.users', async () => {
    const id = await signUp(t.db, { email: uniqueEmail(), meta: { name: 'Old' } });
    await asAuth(
      sql`update auth.users set raw_user_meta_data = '{"name": "New", "avatar_url": "a.png"}' where id = ${id}`,
    );
    expect(await publicUser(id)).toMatchObject([{ display_name: 'New', avatar_url: 'a.png' }]);
  });

  it('deleting the auth user deletes the row', async () => {
    const id = await signUp(t.db, { email: uniqueEmail() });
    await asAuth(sql`delete from auth.users where id = ${id}`);
    expect(await publicUser(id)).toEqual([]);
  });
});

describe('installing onto a project that already has users', () => {
  const backfill = readFileSync('src/modules/core/sql/backfill_users.sql', 'utf8');

  it('gives every earlier auth user a users row, once however often it runs', async () => {
    const ids = [randomUUID(), randomUUID(), randomUUID()];
    class Rollback extends Error {}
    const seen = await t.db
      .transaction(async (tx) => {
        // auth.users rows from before the package: inserted without its trigger.
        await tx.execute(sql`alter table auth.users disable trigger saas_on_auth_user_created`);
        for (const [i, id] of ids.entries())
          await tx.execute(sql`insert into auth.users (id, email, raw_user_meta_data)
            values (${id}, ${i === 2 ? null : uniqueEmail()}, '{"display_name": "Earlier"}')`);
        await tx.execute(sql`alter table auth.users enable trigger saas_on_auth_user_created`);
        const before = await rows(
          tx,
          sql`select id from public.users where id = any(${sql.raw(`array['${ids.join("','")}']::uuid[]`)})`,
        );
        await tx.execute(sql.raw(backfill));
        await tx.execute(sql.raw(backfill));
        const after = await rows<{ display_name: string }>(
          tx,
          sql`select display_name from public.users where id = any(${sql.raw(`array['${ids.join("','")}']::uuid[]`)})`,
        );
        throw Object.assign(new Rollback(), { before, after });
      })
      .catch((e) => e as { before: unknown[]; after: { display_name: string }[] });
    expect(seen.before).toEqual([]);
    expect(seen.after.map((r) => r.display_name)).toEqual(['Earlier', 'Earlier', 'Earlier']);
  });
});
