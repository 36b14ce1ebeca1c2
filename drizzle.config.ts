import { defineConfig } from 'drizzle-kit';

/**
 * drizzle-kit sees the package's tables, enums and RLS policies here. Functions, triggers and
 * grants are not modelled by drizzle-kit: they live in `src/modules/<module>/sql/*.sql` and in
 * each table's access declaration, and `npm run db:generate` (scripts/generate.ts) turns them into
 * custom migrations. Never use `drizzle-kit push` with this package: it drops policies' USING
 * clauses.
 */
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/schema.ts',
  out: './drizzle',
  schemaFilter: ['public'],
  entities: { roles: { provider: 'supabase' } },
  strict: true,
  verbose: false,
});
