import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { rows } from '../../src/db.js';
import {
  migrate,
  migrationStatus,
  migrationsSql,
  readMigrations,
  rollback,
} from '../../src/migrate/index.js';
import { createTestDatabase, onServer, raceMode, type TestDatabase } from '../support/database.js';

const opened: TestDatabase[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((t) => t.close()));
});
async function emptyDatabase() {
  const t = await createTestDatabase({ migrated: false });
  opened.push(t);
  return t;
}
/** A database `migrate()` brought up to date (and seeded): the suite's snapshot or template. */
async function migratedDatabase() {
  const t = await createTestDatabase({ migrated: true });
  opened.push(t);
  return t;
}

const shipped = readMigrations();

// Full migrations from empty: on PGlite a few seconds each, much more on a loaded machine.
describe('migrate', { timeout: 120_000 }, () => {
  it('applies every shipped migration once, then finds nothing pending', async () => {
    const { db } = await emptyDatabase();
    const first = await migrate(db);
    expect(first.applied.map((m) => m.tag)).toEqual(shipped.map((m) => m.tag));
    expect((await migrate(db)).applied).toEqual([]);
    expect((await migrationStatus(db)).pending).toEqual([]);
  });

  it(`applies each migration once when two runs start at the same time (${raceMode()})`, async () => {
    const t = await emptyDatabase();
    const [a, b] = await Promise.all([migrate(t.connect()), migrate(t.connect())]);
    expect([a.applied.length, b.applied.length].sort()).toEqual([0, shipped.length]);
    const [{ count } = { count: 0 }] = await rows<{ count: number }>(
      t.db,
      sql`select count(*)::int as count from saas_schema.migrations`,
    );
    expect(count).toBe(shipped.length);
  });

  it('keeps its bookkeeping in saas_schema.migrations, apart from a consumer’s drizzle journal', async () => {
    const { db } = await migratedDatabase();
    const found = await rows<{ name: string | null }>(
      db,
      sql`select to_regclass('drizzle.__drizzle_migrations')::text as name`,
    );
    expect(found[0]?.name).toBeNull();
  });

  it('rolls every migration back, leaving none of the package’s objects, and migrates again', async () => {
    const { db } = await migratedDatabase();
    await rollback(db, { steps: 'all' });
    const left = await rows<{ name: string }>(
      db,
      sql`select relname::text as name from pg_class
          where relnamespace in ('public'::regnamespace) and relkind in ('r', 'p')
          union all select nspname::text from pg_namespace where nspname in ('storage', 'auth', 'saas_private')
          union all select p.oid::regprocedure::text from pg_proc p where p.pronamespace = 'public'::regnamespace`,
    );
    expect(left).toEqual([]);
    expect((await migrate(db)).applied.map((m) => m.tag)).toEqual(shipped.map((m) => m.tag));
  });

  it('refuses a migration that was changed after it was applied', async () => {
    const { db } = await migratedDatabase();
    await db.execute(sql`update saas_schema.migrations set hash = 'edited' where idx = 0`);
    await expect(migrate(db)).rejects.toThrow(/was changed after it was applied/);
  });
});

/** Runs a multi-statement script the way psql would (simple query protocol). */
async function runScript(db: TestDatabase['db'], script: string): Promise<void> {
  const client = (db as unknown as { $client: any }).$client;
  if (typeof client.exec === 'function')
    await client.exec(script); // PGlite
  else {
    // postgres.js: a reserved connection, since the script has its own BEGIN/COMMIT.
    const reserved = await client.reserve();
    try {
      await reserved.unsafe(script).simple();
    } finally {
      reserved.release();
    }
  }
}

/** The migrations applied once `public.logs` exists: from the one creating it (the marketplace's) on. */
const loggedTags = shipped.slice(shipped.findIndex((m) => m.tag.endsWith('_marketplace'))).map((m) => m.tag);

describe('migrate options', { timeout: 120_000 }, () => {
  it('dryRun returns the pending migrations and their SQL and changes nothing', async () => {
    const { db } = await emptyDatabase();
    const tables = () =>
      rows(db, sql`select count(*)::int as n from pg_class where relnamespace <> 'pg_catalog'::regnamespace`);
    const before = await tables();
    const planned = await migrate(db, { dryRun: true });
    expect(planned.applied).toEqual([]);
    expect(planned.pending?.map((m) => m.tag)).toEqual(shipped.map((m) => m.tag));
    expect(planned.sql).toContain('CREATE TABLE "users"');
    expect(await tables()).toEqual(before);
    expect((await migrationStatus(db)).applied).toEqual([]);

    await migrate(db, { steps: 2 });
    const rest = await migrate(db, { dryRun: true });
    expect(rest.pending?.map((m) => m.tag)).toEqual(shipped.slice(2).map((m) => m.tag));
    expect(rest.sql).not.toContain('CREATE SCHEMA IF NOT EXISTS saas_schema;\nCREATE TABLE IF NOT EXISTS');
  });

  it('steps applies only the next N pending migrations', async () => {
    const { db } = await emptyDatabase();
    expect((await migrate(db, { steps: 1 })).applied.map((m) => m.tag)).toEqual([shipped[0]!.tag]);
    expect((await migrationStatus(db)).pending.length).toBe(shipped.length - 1);
    await expect(migrate(db, { steps: 0 })).rejects.toThrow(/positive integer/);
  });

  it('records each applied and rolled-back migration in public.logs once that table exists', async () => {
    const { db } = await migratedDatabase();
    await rollback(db);
    // Seed 000's "check migration status" query; it shows the five newest.
    const found = await rows<{ message: string; level: string }>(
      db,
      sql`select level, message from logs where message like 'Migration%' order by created_at desc, id desc limit 5`,
    );
    expect(found).toEqual(
      [
        { level: 'info', message: `Migration ${loggedTags.at(-1)} rolled back` },
        ...[...loggedTags].reverse().map((tag) => ({ level: 'info', message: `Migration ${tag} applied` })),
      ].slice(0, 5),
    );
  });

  it("refuses to install over an application's own logs table, leaving the database as it was", async () => {
    const { db } = await emptyDatabase();
    await db.execute(sql`create table public.logs (id serial, message text, source text not null)`);
    await expect(migrate(db)).rejects.toThrow(
      /0016_marketplace failed: relation "logs(_id_seq)?" already exists/,
    );
    expect((await migrationStatus(db)).applied).toEqual([]);
  });

  it('migrationsSql is one script that applies and records every migration like migrate would', async () => {
    const { db } = await emptyDatabase();
    const script = migrationsSql();
    expect(script).toMatch(/^BEGIN;$/m);
    expect(script.trimEnd()).toMatch(/COMMIT;$/);
    await runScript(db, script);
    expect((await migrationStatus(db)).pending).toEqual([]);
    const recorded = await rows<{ idx: number; tag: string; hash: string }>(
      db,
      sql`select idx, tag, hash from saas_schema.migrations order by idx`,
    );
    expect(recorded).toEqual(shipped.map(({ idx, tag, hash }) => ({ idx, tag, hash })));
    expect((await migrate(db)).applied).toEqual([]);
    // A database that already has the package is refused, and left as it was.
    await expect(runScript(db, script)).rejects.toThrow(/already has saas-schema migrations/);
  });
});

describe('Supabase compatibility layer', () => {
  it.skipIf(!onServer())(
    'migrates a second database on the same server (roles are cluster-wide)',
    async () => {
      const [one, two] = [await emptyDatabase(), await emptyDatabase()];
      await migrate(one.db);
      await migrate(two.db);
      const roles = await rows<{ rolname: string; rolbypassrls: boolean }>(
        two.db,
        sql`select rolname, rolbypassrls from pg_roles where rolname in ('anon', 'authenticated', 'service_role') order by rolname`,
      );
      expect(roles).toEqual([
        { rolname: 'anon', rolbypassrls: false },
        { rolname: 'authenticated', rolbypassrls: false },
        { rolname: 'service_role', rolbypassrls: true },
      ]);
    },
  );

  it('changes nothing when applied again to a database that has it', async () => {
    const { db } = await migratedDatabase();
    const compat = shipped.find((m) => m.tag.endsWith('_supabase_auth'))!;
    const snapshot = () =>
      rows(
        db,
        sql`select (select count(*) from pg_proc where pronamespace = 'auth'::regnamespace) as functions,
                   (select count(*) from saas_schema.compat_objects) as recorded,
                   (select count(*) from pg_class where relnamespace = 'auth'::regnamespace) as relations`,
      );
    const before = await snapshot();
    await db.transaction(async (tx) => {
      for (const statement of compat.statements) await tx.execute(sql.raw(statement));
    });
    expect(await snapshot()).toEqual(before);
  });

  it('provides auth.uid(), auth.role() and auth.jwt() reading the request claims', async () => {
    const { db } = await migratedDatabase();
    const [row] = await db.transaction(async (tx) => {
      await tx.execute(
        sql`select set_config('request.jwt.claims', '{"sub":"6f1c1c5e-7a57-4b8e-9a0e-0d6b7b1a2c3d","role":"authenticated","email":"a@b.c"}', true)`,
      );
      return rows(
        tx,
        sql`select auth.uid()::text as uid, auth.role() as role, auth.jwt() ->> 'email' as email`,
      );
    });
    expect(row).toEqual({
      uid: '6f1c1c5e-7a57-4b8e-9a0e-0d6b7b1a2c3d',
      role: 'authenticated',
      email: 'a@b.c',
    });
  });
});
