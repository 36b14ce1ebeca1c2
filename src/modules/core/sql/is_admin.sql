-- phase: before-tables
-- True when the signed-in user (auth.uid()) is an admin. SECURITY DEFINER, so it reads `users`
-- as its owner, past RLS: a `users` policy calling it cannot recurse. PL/pgSQL, so it exists
-- before the tables do (the policies created with them call it). Like every function of the
-- package, its search_path puts pg_temp last: a session's temporary types and tables can never
-- stand in for the ones it names.
CREATE OR REPLACE FUNCTION saas_private.is_admin()
RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
  RETURN EXISTS (SELECT 1 FROM public.users WHERE id = auth.uid() AND role = 'admin');
END
$$;

REVOKE ALL ON FUNCTION saas_private.is_admin() FROM PUBLIC, anon, authenticated, service_role;
-- Policies run as the querying role, so every API role calls it.
GRANT EXECUTE ON FUNCTION saas_private.is_admin() TO anon, authenticated, service_role;
