-- phase: before-tables
-- takes over: function auth.uid()
-- takes over: function auth.role()
-- takes over: function auth.jwt()
-- Third step of the compatibility layer: the auth functions it created become inlinable, as
-- Supabase's own are. A SQL function with a SET clause is never inlined: it is parsed and planned
-- on every call, and every query relying on RLS paid that for its `(select auth.uid())` (a
-- per-user list ran at 1.35-1.45x the service role's filtered query; inlined, 1.0x). So no SET
-- here: the bodies run as the caller and name everything by schema instead, functions, types and
-- operators (a session's pg_temp can shadow types; NULLIF would look up its `=`). auth.sql still
-- creates them first (it shipped; see scripts/generate/units.ts, takenOver).
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
