-- phase: before-tables
-- Supabase compatibility layer: auth. On Supabase every object below already exists and is left
-- untouched; on plain PostgreSQL and PGlite it creates the minimum the package relies on, with
-- Supabase's names and semantics. Everything is idempotent: roles are cluster-wide, so a second
-- database on the same server finds them already there.

-- The package's own schemas: bookkeeping (`saas_schema`) and helpers the API must not expose
-- (`saas_private`).
CREATE SCHEMA IF NOT EXISTS saas_schema;
CREATE SCHEMA IF NOT EXISTS saas_private;
REVOKE ALL ON SCHEMA saas_private FROM PUBLIC;

-- What this layer created itself, so a rollback removes exactly that and nothing of Supabase's.
CREATE TABLE IF NOT EXISTS saas_schema.compat_objects (
  kind text NOT NULL,
  name text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (kind, name)
);

DO $$
DECLARE
  role_spec record;
BEGIN
  FOR role_spec IN
    SELECT * FROM (VALUES
      ('anon', 'NOLOGIN NOINHERIT'),
      ('authenticated', 'NOLOGIN NOINHERIT'),
      ('service_role', 'NOLOGIN NOINHERIT BYPASSRLS')
    ) AS r(name, options)
  LOOP
    IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = role_spec.name) THEN
      BEGIN
        EXECUTE format('CREATE ROLE %I %s', role_spec.name, role_spec.options);
        INSERT INTO saas_schema.compat_objects (kind, name) VALUES ('role', role_spec.name)
        ON CONFLICT DO NOTHING;
      EXCEPTION WHEN duplicate_object OR unique_violation THEN
        NULL; -- another database on this server created it at the same moment
      END;
    END IF;
  END LOOP;
  -- The migrating role must be able to act as them (withUser does SET ROLE).
  EXECUTE format('GRANT anon, authenticated, service_role TO %I', current_user);
END
$$;

DO $$
BEGIN
  IF to_regnamespace('auth') IS NULL THEN
    CREATE SCHEMA auth;
    INSERT INTO saas_schema.compat_objects (kind, name) VALUES ('schema', 'auth');
  END IF;

  IF to_regclass('auth.users') IS NULL THEN
    -- The columns of Supabase's auth.users that applications read (and drizzle-orm/supabase's
    -- `authUsers` declares).
    CREATE TABLE auth.users (
      id uuid PRIMARY KEY,
      email varchar(255),
      phone text UNIQUE,
      email_confirmed_at timestamptz,
      phone_confirmed_at timestamptz,
      last_sign_in_at timestamptz,
      raw_app_meta_data jsonb,
      raw_user_meta_data jsonb,
      created_at timestamptz DEFAULT now(),
      updated_at timestamptz DEFAULT now()
    );
    INSERT INTO saas_schema.compat_objects (kind, name) VALUES ('table', 'auth.users');
  END IF;

  -- Supabase's definitions: claims come from PostgREST's `request.jwt.claims` (or the older
  -- per-claim settings), set per transaction.
  IF to_regprocedure('auth.uid()') IS NULL THEN
    CREATE FUNCTION auth.uid() RETURNS uuid LANGUAGE sql STABLE AS $fn$
      SELECT coalesce(
        nullif(current_setting('request.jwt.claim.sub', true), ''),
        (nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'sub')
      )::uuid
    $fn$;
    INSERT INTO saas_schema.compat_objects (kind, name) VALUES ('function', 'auth.uid()');
  END IF;

  IF to_regprocedure('auth.role()') IS NULL THEN
    CREATE FUNCTION auth.role() RETURNS text LANGUAGE sql STABLE AS $fn$
      SELECT coalesce(
        nullif(current_setting('request.jwt.claim.role', true), ''),
        (nullif(current_setting('request.jwt.claims', true), '')::jsonb ->> 'role')
      )::text
    $fn$;
    INSERT INTO saas_schema.compat_objects (kind, name) VALUES ('function', 'auth.role()');
  END IF;

  IF to_regprocedure('auth.jwt()') IS NULL THEN
    CREATE FUNCTION auth.jwt() RETURNS jsonb LANGUAGE sql STABLE AS $fn$
      SELECT coalesce(
        nullif(current_setting('request.jwt.claim', true), ''),
        nullif(current_setting('request.jwt.claims', true), '')
      )::jsonb
    $fn$;
    INSERT INTO saas_schema.compat_objects (kind, name) VALUES ('function', 'auth.jwt()');
  END IF;

  -- Supabase's default grants; on Supabase these already hold and re-granting changes nothing.
  GRANT USAGE ON SCHEMA auth TO anon, authenticated, service_role;
  GRANT EXECUTE ON FUNCTION auth.uid(), auth.role(), auth.jwt() TO anon, authenticated, service_role;
  GRANT USAGE ON SCHEMA public TO anon, authenticated, service_role;
  GRANT USAGE ON SCHEMA saas_private TO anon, authenticated, service_role;
  ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT ALL ON TABLES TO anon, authenticated, service_role;
  ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT ALL ON SEQUENCES TO anon, authenticated, service_role;
  -- As on Supabase, new functions are executable by everyone by default: each of the package's
  -- functions therefore revokes EXECUTE from PUBLIC and grants it per role (see its unit).
  ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT EXECUTE ON FUNCTIONS TO anon, authenticated, service_role;
END
$$;
