/**
 * Who may do what with a table, declared once, next to the table, with `defineTable`:
 *
 *   export const invoices = defineTable('invoices', perUser(), { ...columns }, (t) => [...indexes]);
 *
 * From that one declaration come the table's RLS policies (one permissive policy per role and
 * command, here), and, through `npm run db:generate`, its grants, the revokes of Supabase's
 * default privileges and its `updated_at` and column-guard triggers. Nothing is listed twice.
 *
 * Roles: `anon` and `authenticated` are Supabase's; an admin is a signed-in user whose
 * `users.role` is `admin`, acting as the `saas_admin` database role (a member of
 * `authenticated`; `withUser` switches to it, on Supabase the access-token hook sets it), so
 * the policies of ordinary users stay plain, indexable equalities (`user_id = auth.uid()`).
 * `service_role` bypasses RLS; it may select, insert, update and delete every table. No API role
 * ever holds TRUNCATE, TRIGGER or REFERENCES (RLS does not apply to TRUNCATE).
 */
import { type SQL, sql } from 'drizzle-orm';
import type { BuildExtraConfigColumns } from 'drizzle-orm/column-builder';
import {
  type PgColumnBuilderBase,
  type PgPolicy,
  type PgTableExtraConfigValue,
  pgPolicy,
  pgRole,
  pgTable,
} from 'drizzle-orm/pg-core';
import { anonRole, authenticatedRole } from 'drizzle-orm/supabase';

/** The database role of admins (see above). Created by the `core/saas_admin_role` unit. */
export const ADMIN_ROLE = 'saas_admin';
const adminRole = pgRole(ADMIN_ROLE).existing();

export const commands = ['select', 'insert', 'update', 'delete'] as const;
export type Command = (typeof commands)[number];

/** The roles requests run as, each with the privileges its declaration gives it. */
export const apiRoles = ['anon', 'authenticated', 'service_role'] as const;
export type ApiRole = (typeof apiRoles)[number];

/**
 * The signed-in user's id, wrapped in a sub-select so PostgreSQL evaluates it once per query
 * (an init plan) instead of once per row.
 */
export const currentUserId = sql`(select auth.uid())`;

/** True when the signed-in user is an admin (`saas_private.is_admin()`, SECURITY DEFINER). */
export const isAdmin = sql`(select saas_private.is_admin())`;

/** Rows whose `column` is the signed-in user's id: an equality the planner can use an index for. */
export const ownedBy = (column: string): SQL => sql`${sql.identifier(column)} = ${currentUserId}`;

/** Who may change a guarded column: only trusted roles (`service`), or admins as well (`admin`). */
export type Guard = 'admin' | 'service';

export type AccessRules = {
  /** What `anon` may do, each command with the rows it applies to (USING / WITH CHECK). */
  anon?: Partial<Record<Command, SQL>>;
  /** What every signed-in user may do, each command with the rows it applies to. */
  authenticated?: Partial<Record<Command, SQL>>;
  /** What admins may do, on every row. */
  admin?: readonly Command[];
  /** Columns (SQL names) a signed-in user may not change even on a row they may update. */
  guarded?: Record<string, Guard>;
};

export type AccessKind = 'catalogue' | 'perUser' | 'serviceOnly' | 'custom';
export type TableAccess = {
  kind: AccessKind;
  rules: AccessRules;
  /** `perUser` tables: the column naming the owning user (tools such as the bench read it). */
  owner?: string;
};

const toRecord = (list: readonly Command[], predicate: SQL) =>
  Object.fromEntries(list.map((c) => [c, predicate])) as Partial<Record<Command, SQL>>;

/**
 * Rows that belong to one user (`owner`, default `user_id`): the user reads them (and may do
 * `user`); admins read all (and may do `admin`). The service role writes.
 */
export function perUser(
  options: {
    owner?: string;
    user?: readonly Command[];
    admin?: readonly Command[];
    guarded?: AccessRules['guarded'];
  } = {},
): TableAccess {
  const owner = options.owner ?? 'user_id';
  const own = ownedBy(owner);
  return {
    kind: 'perUser',
    owner,
    rules: {
      authenticated: toRecord(['select', ...(options.user ?? []).filter((c) => c !== 'select')], own),
      admin: options.admin ?? ['select'],
      ...(options.guarded ? { guarded: options.guarded } : {}),
    },
  };
}

/**
 * A catalogue anyone may browse: `anon` sees the rows matching `visible`, signed-in users those
 * matching `visibleToUsers` (default: the same); admins see everything (and may do `admin`).
 * The service role writes.
 */
export function catalogue(options: {
  visible: SQL;
  visibleToUsers?: SQL;
  admin?: readonly Command[];
}): TableAccess {
  return {
    kind: 'catalogue',
    rules: {
      anon: { select: options.visible },
      authenticated: { select: options.visibleToUsers ?? options.visible },
      admin: options.admin ?? ['select'],
    },
  };
}

/** No API access at all but the service role's: secrets, internal bookkeeping. */
export const serviceOnly = (): TableAccess => ({ kind: 'serviceOnly', rules: {} });

/** Any other combination, spelled out. */
export const custom = (rules: AccessRules): TableAccess => ({ kind: 'custom', rules });

/** The table privileges each role holds under a declaration (admins inherit `authenticated`'s). */
export function privilegesOf(access: TableAccess): Record<ApiRole, Command[]> {
  const { anon = {}, authenticated = {}, admin = [] } = access.rules;
  const pick = (allowed: Set<Command>) => commands.filter((c) => allowed.has(c));
  return {
    anon: pick(new Set(Object.keys(anon) as Command[])),
    // A signed-in user may attempt what admins may do: the policies decide which rows it touches.
    authenticated: pick(new Set([...(Object.keys(authenticated) as Command[]), ...admin])),
    service_role: [...commands],
  };
}

/** The RLS policies of a declaration: one per role and command, named `<table>_<command>_<role>`. */
export function policiesOf(table: string, access: TableAccess): PgPolicy[] {
  const policy = (command: Command, role: string, to: typeof anonRole, predicate: SQL) =>
    pgPolicy(`${table}_${command}_${role}`, {
      for: command,
      to,
      ...(command === 'insert' ? {} : { using: predicate }),
      ...(command === 'insert' || command === 'update' ? { withCheck: predicate } : {}),
    });
  const { anon = {}, authenticated = {}, admin = [] } = access.rules;
  return [
    ...commands.filter((c) => anon[c]).map((c) => policy(c, 'anon', anonRole, anon[c]!)),
    ...commands
      .filter((c) => authenticated[c])
      .map((c) => policy(c, 'authenticated', authenticatedRole, authenticated[c]!)),
    ...commands.filter((c) => admin.includes(c)).map((c) => policy(c, 'admin', adminRole, isAdmin)),
  ];
}

const accessByTable = new WeakMap<object, { name: string; access: TableAccess }>();

/**
 * `pgTable` with its access declared: RLS enabled, the declaration's policies added to the
 * table's extra config, and the declaration recorded for `db:generate` (grants and triggers).
 */
export function defineTable<TName extends string, TColumns extends Record<string, PgColumnBuilderBase>>(
  name: TName,
  access: TableAccess,
  columns: TColumns,
  extraConfig?: (self: BuildExtraConfigColumns<TName, TColumns, 'pg'>) => PgTableExtraConfigValue[],
) {
  const table = pgTable(name, columns, (self) => [
    ...(extraConfig?.(self) ?? []),
    ...policiesOf(name, access),
  ]).enableRLS();
  accessByTable.set(table, { name, access });
  return table;
}

/** The access declared for a table with `defineTable`, or `undefined` for any other table. */
export const accessOf = (table: object): TableAccess | undefined => accessByTable.get(table)?.access;
