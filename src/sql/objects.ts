/**
 * What an SQL statement creates, drops or depends on, read from its parse tree: functions (by
 * identity, `schema.name(argtypes)`), triggers, policies, domains and table privileges. Generation
 * uses it to check that every object has one owning file, to order units and to derive down scripts;
 * `verify` uses it to know which functions, triggers and policies the migrations create.
 */
import {
  type Node,
  names,
  nodeType,
  parseStatements,
  plpgsqlStatements,
  type Statement,
  walk,
} from './parse.js';

export type ObjectKind = 'function' | 'trigger' | 'policy' | 'domain' | 'table-privileges';

/**
 * What `verify` compares of a function with its catalogue entry: the body as written (`prosrc`),
 * SECURITY DEFINER, and its settings as `proconfig` holds them (`search_path=pg_catalog, pg_temp`).
 */
export type FunctionDefinition = { body: string | null; securityDefiner: boolean; settings: string[] };

/** A database object an SQL unit owns. `id` is unique per kind; `table` for triggers and policies. */
export type SqlObject = {
  kind: ObjectKind;
  id: string;
  name: string;
  table?: string;
  /** Functions: their definition. */
  definition?: FunctionDefinition;
};

/** `name=value, value` as PostgreSQL stores a function's `SET` clause (literal values only). */
function setting(set: Node): string {
  const values = (set.args ?? []).map((a: Node) => {
    const c = a.A_Const ?? {};
    return c.sval?.sval ?? c.ival?.ival?.toString() ?? c.fval?.fval ?? String(c.boolval?.boolval ?? '');
  });
  return `${set.name}=${values.join(', ')}`;
}

function functionDefinition(options: Node[]): FunctionDefinition {
  const defs = options.map((o: Node) => o.DefElem);
  const option = (name: string) => defs.find((d: Node) => d.defname === name)?.arg;
  return {
    body: option('as')?.List?.items?.[0]?.String?.sval ?? null,
    securityDefiner: option('security')?.Boolean?.boolval === true,
    settings: defs
      .filter((d: Node) => d.defname === 'set' && d.arg?.VariableSetStmt?.kind === 'VAR_SET_VALUE')
      .map((d: Node) => setting(d.arg.VariableSetStmt))
      .sort(),
  };
}

export type StatementEffect = {
  creates: SqlObject[];
  drops: SqlObject[];
  /** Functions whose privileges the statement grants or revokes. */
  grantsOn: SqlObject[];
  /** Qualified names of the functions the statement calls (policy expressions, SQL function bodies). */
  calls: string[];
  /** A statement whose effect cannot be undone by dropping objects (DO blocks, DML, roles ...). */
  opaque: boolean;
};

export const key = (o: SqlObject) => `${o.kind} ${o.id}`;

/** `lower_case` stays bare; anything else is double-quoted, as `quote_ident` does. */
export function ident(name: string): string {
  return /^[a-z_][a-z0-9_$]*$/.test(name) ? name : `"${name.replaceAll('"', '""')}"`;
}

const qualifiedName = (parts: string[]) => parts.map(ident).join('.');

/** A type as written in a signature, without `pg_catalog.`: `uuid`, `int4`, `text[]`, `public.user_role`. */
function typeName(type: Node): string {
  const parts = names(type.names);
  const bare = parts[0] === 'pg_catalog' ? parts.slice(1) : parts;
  return qualifiedName(bare) + '[]'.repeat(type.arrayBounds?.length ?? 0);
}

const IDENTITY_MODES = new Set([
  'FUNC_PARAM_DEFAULT',
  'FUNC_PARAM_IN',
  'FUNC_PARAM_INOUT',
  'FUNC_PARAM_VARIADIC',
]);

function functionObject(nameParts: string[], argTypes: Node[], where: string): SqlObject {
  if (nameParts.length < 2)
    throw new Error(`${where}: schema-qualify the function name (${nameParts.join('.')})`);
  const name = qualifiedName(nameParts);
  return { kind: 'function', id: `${name}(${argTypes.map(typeName).join(', ')})`, name };
}

function domainObject(nameParts: string[], where: string): SqlObject {
  if (nameParts.length < 2)
    throw new Error(`${where}: schema-qualify the domain name (${nameParts.join('.')})`);
  const name = qualifiedName(nameParts);
  return { kind: 'domain', id: name, name };
}

function relationName(range: Node): string {
  return qualifiedName([range.schemaname ?? 'public', range.relname]);
}

function functionWithArgs(owa: Node, where: string): SqlObject {
  return functionObject(names(owa.objname), owa.objargs?.map((a: Node) => a.TypeName ?? a) ?? [], where);
}

/** Qualified names of the functions a parse tree calls (unqualified calls are catalog functions). */
function calledFunctions(tree: unknown): string[] {
  const found = new Set<string>();
  walk(tree, (key, value) => {
    if (key === 'FuncCall') {
      const parts = names(value.funcname);
      if (parts.length > 1 && parts[0] !== 'pg_catalog') found.add(qualifiedName(parts));
    }
  });
  return [...found];
}

/** What one statement creates, drops and calls. */
export async function statementEffect(statement: Statement, where = 'SQL'): Promise<StatementEffect> {
  const [type, stmt] = nodeType(statement.node);
  const effect: StatementEffect = { creates: [], drops: [], grantsOn: [], calls: [], opaque: false };
  switch (type) {
    case 'CreateFunctionStmt': {
      const args = (stmt.parameters ?? [])
        .map((p: Node) => p.FunctionParameter)
        .filter((p: Node) => IDENTITY_MODES.has(p.mode))
        .map((p: Node) => p.argType);
      const definition = functionDefinition(stmt.options ?? []);
      effect.creates.push({ ...functionObject(names(stmt.funcname), args, where), definition });
      const language = (stmt.options ?? []).find((o: Node) => o.DefElem.defname === 'language')?.DefElem.arg;
      // SQL-language bodies are checked when created: the functions they call must exist first.
      if (language?.String?.sval === 'sql' && definition.body) {
        const body = await parseStatements(definition.body, where);
        effect.calls.push(...calledFunctions(body.map((s) => s.node)));
      }
      if (stmt.sql_body) effect.calls.push(...calledFunctions(stmt.sql_body));
      break;
    }
    case 'CreateTrigStmt': {
      const table = relationName(stmt.relation);
      effect.creates.push({
        kind: 'trigger',
        id: `${ident(stmt.trigname)} on ${table}`,
        name: stmt.trigname,
        table,
      });
      effect.calls.push(qualifiedName(names(stmt.funcname)));
      break;
    }
    case 'CreatePolicyStmt': {
      const table = relationName(stmt.table);
      const name = stmt.policy_name as string;
      effect.creates.push({ kind: 'policy', id: `${ident(name)} on ${table}`, name, table });
      effect.calls.push(...calledFunctions([stmt.qual, stmt.with_check]));
      break;
    }
    case 'CreateDomainStmt':
      effect.creates.push(domainObject(names(stmt.domainname), where));
      break;
    case 'GrantStmt': {
      if (stmt.objtype === 'OBJECT_TABLE' && stmt.targtype === 'ACL_TARGET_OBJECT') {
        for (const o of stmt.objects) {
          const table = relationName(o.RangeVar);
          effect.creates.push({ kind: 'table-privileges', id: table, name: table });
        }
      } else if (stmt.objtype === 'OBJECT_FUNCTION') {
        for (const o of stmt.objects) effect.grantsOn.push(functionWithArgs(o.ObjectWithArgs, where));
      } else {
        effect.opaque = true; // schema, sequence or default privileges: undone by hand
      }
      break;
    }
    case 'DropStmt': {
      for (const o of stmt.objects ?? []) {
        if (stmt.removeType === 'OBJECT_FUNCTION') {
          if (o.ObjectWithArgs.args_unspecified)
            throw new Error(`${where}: give the argument types to drop a function`);
          effect.drops.push(functionWithArgs(o.ObjectWithArgs, where));
        } else if (stmt.removeType === 'OBJECT_DOMAIN') {
          effect.drops.push(domainObject(names(o.TypeName.names), where));
        } else if (stmt.removeType === 'OBJECT_TRIGGER' || stmt.removeType === 'OBJECT_POLICY') {
          const parts = names(o.List.items);
          const name = parts.pop()!;
          const table = qualifiedName(parts.length === 1 ? ['public', ...parts] : parts);
          const kind = stmt.removeType === 'OBJECT_TRIGGER' ? 'trigger' : 'policy';
          effect.drops.push({ kind, id: `${ident(name)} on ${table}`, name, table });
        } else {
          effect.opaque = true;
        }
      }
      break;
    }
    case 'CommentStmt':
      break;
    case 'DoStmt': {
      effect.opaque = true;
      const body = stmt.args.find((a: Node) => a.DefElem.defname === 'as')?.DefElem.arg.String.sval ?? '';
      // What a DO block creates conditionally (the compatibility layer): its functions,
      // triggers and policies count; its grants are its own business (undone by hand).
      const counted = (o: SqlObject) => o.kind !== 'table-privileges';
      for (const inner of await plpgsqlStatements(body)) {
        const nested = await statementEffect(inner, where);
        effect.creates.push(...nested.creates.filter(counted));
        effect.drops.push(...nested.drops.filter(counted));
      }
      break;
    }
    default:
      effect.opaque = true;
  }
  return effect;
}

/** The statement that removes an object (table privileges are restored, not dropped). */
export function dropStatement(o: SqlObject): string {
  switch (o.kind) {
    case 'function':
      return `DROP FUNCTION IF EXISTS ${o.id};`;
    case 'trigger':
    case 'policy':
      return `DROP ${o.kind.toUpperCase()} IF EXISTS ${o.id.replace(' on ', ' ON ')};`;
    case 'domain':
      return `DROP DOMAIN IF EXISTS ${o.id};`;
    case 'table-privileges':
      return `SELECT saas_schema.reset_table_privileges('${o.name}');`;
  }
}
