/**
 * Splits SQL text into statements at top-level semicolons, aware of quotes, dollar-quoted bodies
 * and comments, so PL/pgSQL functions stay whole. Used to put `--> statement-breakpoint` between
 * the statements of hand-written SQL (PGlite and drizzle's migrators run one statement at a time).
 */
export function splitStatements(text: string): string[] {
  const statements: string[] = [];
  let start = 0;
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    const next = text[i + 1];
    if (ch === '-' && next === '-') {
      const end = text.indexOf('\n', i);
      i = end === -1 ? text.length : end + 1;
    } else if (ch === '/' && next === '*') {
      const end = text.indexOf('*/', i + 2);
      i = end === -1 ? text.length : end + 2;
    } else if (ch === "'" || ch === '"') {
      i = skipQuoted(text, i, ch);
    } else if (ch === '$') {
      const tag = /^\$[A-Za-z_]*\$/.exec(text.slice(i))?.[0];
      if (tag) {
        const end = text.indexOf(tag, i + tag.length);
        i = end === -1 ? text.length : end + tag.length;
      } else {
        i++;
      }
    } else if (ch === ';') {
      statements.push(text.slice(start, i + 1));
      start = i + 1;
      i++;
    } else {
      i++;
    }
  }
  statements.push(text.slice(start));
  return statements.map((s) => s.trim()).filter((s) => stripComments(s).trim() !== '');
}

function skipQuoted(text: string, from: number, quote: string): number {
  let i = from + 1;
  while (i < text.length) {
    if (text[i] === quote) {
      if (text[i + 1] === quote) i += 2;
      else return i + 1;
    } else {
      i++;
    }
  }
  return i;
}

function stripComments(statement: string): string {
  return statement.replace(/--.*$/gm, '').replace(/\/\*[\s\S]*?\*\//g, '');
}

/** The statement ending in `;`, as a psql script needs (a `;` after a trailing comment if need be). */
export function terminated(statement: string): string {
  return stripComments(statement).trim().endsWith(';') ? statement : `${statement}\n;`;
}

export const STATEMENT_BREAKPOINT = '--> statement-breakpoint';

/** Statements of a migration file written with drizzle's breakpoints. */
export function migrationStatements(fileText: string): string[] {
  return fileText
    .split(STATEMENT_BREAKPOINT)
    .map((s) => s.trim())
    .filter((s) => stripComments(s).trim() !== '');
}
