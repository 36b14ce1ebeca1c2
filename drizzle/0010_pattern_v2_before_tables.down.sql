DO $$
BEGIN
  IF EXISTS (SELECT FROM saas_schema.compat_objects WHERE kind = 'role' AND name = 'saas_admin') THEN
    DROP OWNED BY saas_admin;
    BEGIN
      DROP ROLE saas_admin;
    EXCEPTION WHEN dependent_objects_still_exist OR object_in_use THEN
      NULL; -- still used by another database of this server
    END;
    DELETE FROM saas_schema.compat_objects WHERE kind = 'role' AND name = 'saas_admin';
  END IF;
END
$$;
--> statement-breakpoint
DROP FUNCTION IF EXISTS saas_schema.reset_table_privileges(regclass);
--> statement-breakpoint
DROP FUNCTION IF EXISTS saas_private.guard_columns();
--> statement-breakpoint
DROP FUNCTION IF EXISTS saas_private.display_name_from_metadata(jsonb);
--> statement-breakpoint
DO $$
BEGIN
  IF EXISTS (SELECT FROM saas_schema.compat_objects WHERE kind = 'table' AND name = 'storage.buckets') THEN
    GRANT TRUNCATE, TRIGGER, REFERENCES ON storage.buckets TO anon, authenticated, service_role;
  END IF;
  IF EXISTS (SELECT FROM saas_schema.compat_objects WHERE kind = 'table' AND name = 'storage.objects') THEN
    GRANT TRUNCATE, TRIGGER, REFERENCES ON storage.objects TO anon, authenticated, service_role;
  END IF;
  IF EXISTS (SELECT FROM saas_schema.compat_objects WHERE kind = 'function' AND name = 'storage.foldername(text)') THEN
    ALTER FUNCTION storage.foldername(text) SET search_path = '';
  END IF;
END
$$;
--> statement-breakpoint
DO $$
BEGIN
  IF EXISTS (SELECT FROM saas_schema.compat_objects WHERE kind = 'function' AND name = 'auth.uid()') THEN
    ALTER FUNCTION auth.uid() RESET search_path;
    ALTER FUNCTION auth.role() RESET search_path;
    ALTER FUNCTION auth.jwt() RESET search_path;
  ELSE
    GRANT EXECUTE ON FUNCTION auth.uid(), auth.role(), auth.jwt() TO anon, authenticated, service_role;
  END IF;
  IF EXISTS (SELECT FROM saas_schema.compat_objects WHERE kind = 'table' AND name = 'auth.users') THEN
    DROP INDEX IF EXISTS auth.users_email_partial_key;
    ALTER TABLE auth.users DROP COLUMN IF EXISTS is_anonymous, DROP COLUMN IF EXISTS is_sso_user;
  END IF;
END
$$;
--> statement-breakpoint
-- saas-schema unit: core/helpers sha256:47a158dbc559e258014f64d45d185676083247a9a08da2d9a332d6cb1088b304
-- Generated from src/functions/core/helpers.sql by npm run db:generate: edit that file, not this one.
-- phase: before-tables
-- RLS helpers and shared trigger functions. They live in `saas_private`, a schema the API does
-- not expose. PL/pgSQL bodies are resolved at call time, so they can be created before the tables
-- the policies (created by the next migration) need them for.

-- True when the signed-in user (auth.uid()) is an admin. SECURITY DEFINER, so it reads `users`
-- as its owner, past RLS: a `users` policy calling it cannot recurse.
CREATE OR REPLACE FUNCTION saas_private.is_admin()
RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = ''
AS $$
BEGIN
  RETURN EXISTS (
    SELECT 1 FROM public.users WHERE id = auth.uid() AND role = 'admin'
  );
END
$$;
--> statement-breakpoint
-- True when the signed-in user has that application role (`author`, ...) or is an admin.
CREATE OR REPLACE FUNCTION saas_private.has_role(required text)
RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = ''
AS $$
BEGIN
  RETURN EXISTS (
    SELECT 1 FROM public.users
    WHERE id = auth.uid() AND role::text IN (required, 'admin')
  );
END
$$;
--> statement-breakpoint
-- True when the current database role is trusted to write anything: the service role or the
-- owner/superuser running migrations and jobs (not `anon`/`authenticated`).
CREATE OR REPLACE FUNCTION saas_private.is_trusted_role()
RETURNS boolean
LANGUAGE sql STABLE
SET search_path = ''
AS $$
  SELECT current_user NOT IN ('anon', 'authenticated')
$$;
--> statement-breakpoint
-- Shared BEFORE UPDATE trigger: keeps `updated_at` current.
CREATE OR REPLACE FUNCTION saas_private.set_updated_at()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = ''
AS $$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION
  saas_private.is_admin(),
  saas_private.has_role(text),
  saas_private.is_trusted_role(),
  saas_private.set_updated_at()
FROM PUBLIC;
--> statement-breakpoint
-- Policies run as the querying role, so it must be able to call the helpers.
GRANT EXECUTE ON FUNCTION
  saas_private.is_admin(),
  saas_private.has_role(text),
  saas_private.is_trusted_role()
TO anon, authenticated, service_role;
