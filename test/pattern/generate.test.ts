import { pgTable, uuid } from 'drizzle-orm/pg-core';
import { describe, expect, it } from 'vitest';
import { downStatements } from '../../scripts/generate/downs.js';
import {
  accessSql,
  checkDomainsCreatedOnce,
  checkOwnership,
  inCreationOrder,
  sqlUnits,
  type Unit,
} from '../../scripts/generate/units.js';
import { defineTable, perUser } from '../../src/shared/access.js';
import { statementEffect } from '../../src/sql/objects.js';
import { parseStatements } from '../../src/sql/parse.js';

/** A unit made from SQL text, as generation reads one from a file. */
async function unit(key: string, body: string): Promise<Unit> {
  const parsed = await parseStatements(body);
  return {
    key,
    module: 'core',
    source: `${key}.sql`,
    phase: 'after-tables',
    body,
    hash: key,
    statements: parsed.map((s) => s.text),
    effects: await Promise.all(parsed.map((s) => statementEffect(s))),
  };
}

const fn = (name: string, body = 'SELECT 1') =>
  `CREATE OR REPLACE FUNCTION saas_private.${name}() RETURNS int LANGUAGE sql SET search_path = pg_catalog, pg_temp AS $$ ${body} $$;`;

describe('migration generation', () => {
  it('refuses a table without an access declaration', () => {
    const bare = pgTable('bare', { id: uuid('id').primaryKey() });
    expect(() => accessSql(bare)).toThrow('table bare has no access declared: define it with defineTable()');
  });

  it('grants what the declaration allows, and never TRUNCATE, TRIGGER or REFERENCES', () => {
    const notes = defineTable('notes', perUser(), { id: uuid('id').primaryKey(), userId: uuid('user_id') });
    const sql = accessSql(notes);
    expect(sql).toContain(
      'REVOKE ALL ON TABLE public.notes FROM PUBLIC, anon, authenticated, service_role, saas_admin;',
    );
    expect(sql).toContain('GRANT SELECT ON TABLE public.notes TO authenticated;');
    expect(sql).toContain('GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE public.notes TO service_role;');
    expect(sql).not.toMatch(/TO anon|TRUNCATE|TRIGGER ON|REFERENCES/);
  });

  it('refuses an object defined by two units', async () => {
    const units = [await unit('core/a', fn('twice')), await unit('billing/b', fn('twice'))];
    expect(() => checkOwnership(units)).toThrow(
      'function saas_private.twice() is defined by two units, core/a and billing/b: one object, one owner',
    );
  });

  it('refuses a grant on a function another unit creates', async () => {
    const units = [
      await unit('core/a', fn('owned')),
      await unit('core/b', 'GRANT EXECUTE ON FUNCTION saas_private.owned() TO service_role;'),
    ];
    expect(() => checkOwnership(units)).toThrow(
      'core/b.sql grants on saas_private.owned(), which it does not create',
    );
  });

  it('creates a function after the functions its SQL body calls', async () => {
    const caller = await unit('core/a_caller', fn('caller', 'SELECT saas_private.callee()'));
    const callee = await unit('core/b_callee', fn('callee'));
    expect(inCreationOrder([caller, callee]).map((u) => u.key)).toEqual(['core/b_callee', 'core/a_caller']);
  });

  it('rolls a domain back by dropping it', async () => {
    const domain = await unit('core/amount', 'CREATE DOMAIN public.amount AS bigint CHECK (VALUE >= 0);');
    const section = {
      idx: 1,
      tag: '0001_t',
      unit: domain.key,
      statements: domain.statements,
      effects: domain.effects,
    };
    expect(await downStatements([section], [], new Map([[domain.key, domain]]))).toEqual([
      'DROP DOMAIN IF EXISTS public.amount;',
    ]);
  });

  it('refuses a changed unit that creates a domain (there is no CREATE OR REPLACE DOMAIN)', async () => {
    const domain = await unit('core/amount', 'CREATE DOMAIN public.amount AS bigint CHECK (VALUE > 0);');
    expect(() => checkDomainsCreatedOnce(domain, new Set())).not.toThrow();
    expect(() => checkDomainsCreatedOnce(domain, new Set(['core/amount']))).toThrow(
      'core/amount.sql changed, and it creates domain public.amount, which is created once',
    );
  });

  it('reads dollar-quoted bodies with digits in the tag and E-strings as one statement each', async () => {
    const statements = await parseStatements(
      "CREATE FUNCTION saas_private.f() RETURNS text LANGUAGE sql AS $fn1$ SELECT 'a;b' $fn1$;\nSELECT E'it\\'s; here';",
    );
    expect(statements).toHaveLength(2);
  });

  it('finds every shipped unit parseable, each function with a fixed search_path', async () => {
    for (const u of await sqlUnits()) {
      for (const s of u.statements.filter((t) => /^\s*(--.*\n)*\s*CREATE (OR REPLACE )?FUNCTION/i.test(t))) {
        expect(s, `${u.source}`).toMatch(/SET search_path = pg_catalog, pg_temp/);
      }
    }
  });
});
