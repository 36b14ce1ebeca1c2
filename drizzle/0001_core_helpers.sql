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
