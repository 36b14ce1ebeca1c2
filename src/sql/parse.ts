/**
 * SQL text read with PostgreSQL's own parser (libpg-query, the server's parser compiled to WASM):
 * statement boundaries and parse trees, never hand-written splitting. Used by the seed runner,
 * migration generation and `verify`.
 */
import { loadModule, parsePlPgSQLSync, parseSync } from 'libpg-query';

let loading: Promise<void> | undefined;

/** Loads the parser (once); every other function here needs it loaded. */
export function loadParser(): Promise<void> {
  loading ??= loadModule();
  return loading;
}

/** A parse-tree node: `{ NodeType: { ...fields } }`, as libpg-query returns it. */
export type Node = Record<string, any>;

/** One statement: its text (leading comments kept, `;`-terminated) and its parse tree. */
export type Statement = { text: string; node: Node };

const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** The statements of an SQL text. A syntax error throws the parser's message with a line number. */
export async function parseStatements(text: string, source = 'SQL'): Promise<Statement[]> {
  await loadParser();
  let tree: { stmts?: { stmt: Node; stmt_location?: number; stmt_len?: number }[] };
  try {
    tree = parseSync(text) as typeof tree;
  } catch (error) {
    const position = (error as { sqlDetails?: { cursorPosition?: number } }).sqlDetails?.cursorPosition;
    const line = position === undefined ? '' : ` (line ${lineAt(text, position)})`;
    throw new Error(`${source}: ${(error as Error).message}${line}`);
  }
  // Locations are byte offsets into the UTF-8 text.
  const bytes = encoder.encode(text);
  return (tree.stmts ?? []).map(({ stmt, stmt_location = 0, stmt_len }) => {
    const end = stmt_len ? stmt_location + stmt_len : bytes.length;
    const body = decoder.decode(bytes.subarray(stmt_location, end)).trim();
    return { text: body.endsWith(';') ? body : `${body};`, node: stmt };
  });
}

/** The statements of an SQL text, each `;`-terminated. */
export async function splitStatements(text: string, source?: string): Promise<string[]> {
  return (await parseStatements(text, source)).map((s) => s.text);
}

function lineAt(text: string, bytePosition: number): number {
  const before = decoder.decode(encoder.encode(text).subarray(0, bytePosition));
  return before.split('\n').length;
}

/** The node's type and fields: `{ CreateFunctionStmt: {...} }` → `['CreateFunctionStmt', {...}]`. */
export function nodeType(node: Node): [string, Node] {
  const [type] = Object.keys(node);
  return [type!, node[type!] as Node];
}

/** The string values of a list of `String` nodes (names in parse trees). */
export const names = (list: Node[] | undefined): string[] =>
  (list ?? []).map((n) => n.String?.sval ?? (n.A_Star ? '*' : '')).filter(Boolean);

/** The SQL statements a PL/pgSQL block (a DO body) runs, found with the PL/pgSQL parser. */
export async function plpgsqlStatements(body: string): Promise<Statement[]> {
  await loadParser();
  const wrapped = `CREATE FUNCTION pg_temp.saas_schema_do_block() RETURNS void LANGUAGE plpgsql AS $saas_do$${body}$saas_do$`;
  const tree = parsePlPgSQLSync(wrapped) as unknown as { plpgsql_funcs: Node[] };
  const queries: string[] = [];
  walk(tree, (key, value) => {
    if (key === 'PLpgSQL_stmt_execsql') queries.push(value.sqlstmt?.PLpgSQL_expr?.query);
  });
  const statements: Statement[] = [];
  for (const query of queries.filter(Boolean)) statements.push(...(await parseStatements(query)));
  return statements;
}

/** Calls `visit(key, value)` for every object-valued property in a parse tree, depth first. */
export function walk(tree: unknown, visit: (key: string, value: Node) => void): void {
  if (Array.isArray(tree)) {
    for (const item of tree) walk(item, visit);
  } else if (tree && typeof tree === 'object') {
    for (const [key, value] of Object.entries(tree)) {
      if (value && typeof value === 'object' && !Array.isArray(value)) visit(key, value as Node);
      walk(value, visit);
    }
  }
}
