/**
 * The statement format of migration files: drizzle's `--> statement-breakpoint` between
 * statements (PGlite and drizzle's migrators run one statement at a time). Every statement ends
 * with `;` (db:generate splits SQL with PostgreSQL's parser, src/sql/parse.ts), so a migration
 * can also be written out as one psql script.
 */
export const STATEMENT_BREAKPOINT = '--> statement-breakpoint';

/** Statements of a migration file written with drizzle's breakpoints. */
export function migrationStatements(fileText: string): string[] {
  return fileText
    .split(STATEMENT_BREAKPOINT)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}
