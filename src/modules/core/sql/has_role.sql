-- phase: before-tables
-- True when the signed-in user has that application role (`author`, ...) or is an admin.
CREATE OR REPLACE FUNCTION saas_private.has_role(required text)
RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
  RETURN EXISTS (
    SELECT 1 FROM public.users
    WHERE id = auth.uid() AND role::text IN (required, 'admin')
  );
END
$$;

REVOKE ALL ON FUNCTION saas_private.has_role(text) FROM PUBLIC, anon, authenticated, service_role;
-- Policies run as the querying role, so every API role calls it.
GRANT EXECUTE ON FUNCTION saas_private.has_role(text) TO anon, authenticated, service_role;
