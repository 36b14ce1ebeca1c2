DO $$
BEGIN
  IF EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'supabase_auth_admin') THEN
    REVOKE USAGE ON SCHEMA saas_private FROM supabase_auth_admin;
  END IF;
END
$$;
DROP FUNCTION IF EXISTS saas_private.access_token_hook(jsonb);
