/**
 * The natural Drizzle query, `db.select().from(table)`, works for every role that may read the
 * table (from its access declaration): no column of a readable table is hidden by column grants.
 */
import { is } from 'drizzle-orm';
import { getTableConfig, PgTable } from 'drizzle-orm/pg-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { moduleSchemas } from '../../src/registry.js';
import { accessOf, privilegesOf } from '../../src/shared/access.js';
import { type JwtClaims, withUser } from '../../src/with-user.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { createUser, type TestUser } from '../support/fixtures.js';

let t: TestDatabase;
let user: TestUser;
let admin: TestUser;
beforeAll(async () => {
  t = await createTestDatabase();
  user = await createUser(t.db);
  admin = await createUser(t.db, { role: 'admin' });
});
afterAll(() => t.close());

const tables = Object.values(moduleSchemas)
  .flatMap((exports) => Object.values(exports ?? {}))
  .filter((value): value is PgTable => is(value, PgTable));

const readers: [string, (table: PgTable) => boolean, () => JwtClaims][] = [
  ['anon', (table) => privilegesOf(accessOf(table)!).anon.includes('select'), () => ({})],
  [
    'a signed-in user',
    (table) => privilegesOf(accessOf(table)!).authenticated.includes('select'),
    () => ({ sub: user.id }),
  ],
  [
    'an admin (saas_admin)',
    (table) => (accessOf(table)!.rules.admin ?? []).includes('select'),
    () => ({ sub: admin.id }),
  ],
  ['service_role', () => true, () => ({ role: 'service_role' })],
];

const cells = tables.flatMap((table) =>
  readers
    .filter(([, mayRead]) => mayRead(table))
    .map(([who, , claims]) => ({ name: getTableConfig(table).name, who, table, claims })),
);

describe('select() of every column', () => {
  it('has cells for every table', () => {
    expect(new Set(cells.map((c) => c.name)).size).toBe(tables.length);
  });

  it.each(cells)('$name as $who', async ({ table, claims }) => {
    const result = await withUser(t.db, claims(), (tx) => tx.select().from(table).limit(5));
    expect(Array.isArray(result)).toBe(true);
  });
});
