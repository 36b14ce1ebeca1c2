-- phase: before-tables
-- True when the current database role acts for the platform rather than for a user: the service
-- role, or the owner running migrations and jobs. False for anon, authenticated and saas_admin.
-- PL/pgSQL: a SQL function with SET is planned on every call, and every user-facing check
-- (assert_self_or_admin, guard_columns) calls this one.
CREATE OR REPLACE FUNCTION saas_private.is_trusted_role()
RETURNS boolean
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
  RETURN current_user NOT IN ('anon', 'authenticated', 'saas_admin');
END
$$;

REVOKE ALL ON FUNCTION saas_private.is_trusted_role() FROM PUBLIC, anon, authenticated, service_role;
GRANT EXECUTE ON FUNCTION saas_private.is_trusted_role() TO anon, authenticated, service_role;
