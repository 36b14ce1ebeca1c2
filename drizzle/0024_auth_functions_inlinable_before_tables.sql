-- saas-schema unit: supabase/auth_inlinable sha256:5d307afbad4a71ec82645b342af9e1e7e99a2d8eabeee7a8a06e6274e457d3fe
-- Generated from src/modules/supabase/sql/auth_inlinable.sql by npm run db:generate: edit that, not this.
DO $$
BEGIN
  IF EXISTS (SELECT FROM saas_schema.compat_objects WHERE kind = 'function' AND name = 'auth.uid()') THEN
    CREATE OR REPLACE FUNCTION auth.uid() RETURNS uuid LANGUAGE sql STABLE AS $fn$
      SELECT (CASE
        WHEN pg_catalog.current_setting('request.jwt.claim.sub', true) OPERATOR(pg_catalog.<>) ''
          THEN pg_catalog.current_setting('request.jwt.claim.sub', true)
        WHEN pg_catalog.current_setting('request.jwt.claims', true) OPERATOR(pg_catalog.<>) ''
          THEN pg_catalog.current_setting('request.jwt.claims', true)::pg_catalog.jsonb
            OPERATOR(pg_catalog.->>) 'sub'
      END)::pg_catalog.uuid
    $fn$;
  END IF;
  IF EXISTS (SELECT FROM saas_schema.compat_objects WHERE kind = 'function' AND name = 'auth.role()') THEN
    CREATE OR REPLACE FUNCTION auth.role() RETURNS text LANGUAGE sql STABLE AS $fn$
      SELECT CASE
        WHEN pg_catalog.current_setting('request.jwt.claim.role', true) OPERATOR(pg_catalog.<>) ''
          THEN pg_catalog.current_setting('request.jwt.claim.role', true)
        WHEN pg_catalog.current_setting('request.jwt.claims', true) OPERATOR(pg_catalog.<>) ''
          THEN pg_catalog.current_setting('request.jwt.claims', true)::pg_catalog.jsonb
            OPERATOR(pg_catalog.->>) 'role'
      END
    $fn$;
  END IF;
  IF EXISTS (SELECT FROM saas_schema.compat_objects WHERE kind = 'function' AND name = 'auth.jwt()') THEN
    CREATE OR REPLACE FUNCTION auth.jwt() RETURNS jsonb LANGUAGE sql STABLE AS $fn$
      SELECT (CASE
        WHEN pg_catalog.current_setting('request.jwt.claim', true) OPERATOR(pg_catalog.<>) ''
          THEN pg_catalog.current_setting('request.jwt.claim', true)
        WHEN pg_catalog.current_setting('request.jwt.claims', true) OPERATOR(pg_catalog.<>) ''
          THEN pg_catalog.current_setting('request.jwt.claims', true)
      END)::pg_catalog.jsonb
    $fn$;
  END IF;
END
$$;
