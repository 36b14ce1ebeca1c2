import { defineConfig } from 'drizzle-kit';

/**
 * drizzle-kit sees the package's tables, enums and RLS policies here. Functions, triggers and
 * grants are not modelled by drizzle-kit: they live in `src/functions/<module>/*.sql` and
 * `npm run db:generate` (scripts/generate.ts) turns them into custom migrations.
 * Never use `drizzle-kit push` with this package: it drops policies' USING clauses.
 */
export default defineConfig({
  dialect: 'postgresql',
  schema: './src/schema/index.ts',
  out: './drizzle',
  schemaFilter: ['public'],
  entities: { roles: { provider: 'supabase' } },
  strict: true,
  verbose: false,
});
