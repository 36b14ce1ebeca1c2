-- phase: before-tables
-- Second step of the compatibility layer (the first, auth.sql, shipped as it was):
--  - on Supabase, takes back the EXECUTE grants the first step added to Supabase's auth.uid(),
--    auth.role() and auth.jwt(): the package changes nothing it did not create (PUBLIC holds
--    EXECUTE on them there);
--  - elsewhere, gives the auth functions it created a fixed search_path, and gives its auth.users
--    GoTrue's `is_anonymous` and `is_sso_user` columns and e-mail rule (unique among non-SSO
--    users, NULL allowed), so sign-ups behave as on Supabase.
DO $$
BEGIN
  IF EXISTS (SELECT FROM saas_schema.compat_objects WHERE kind = 'function' AND name = 'auth.uid()') THEN
    ALTER FUNCTION auth.uid() SET search_path = pg_catalog, pg_temp;
    ALTER FUNCTION auth.role() SET search_path = pg_catalog, pg_temp;
    ALTER FUNCTION auth.jwt() SET search_path = pg_catalog, pg_temp;
  ELSE
    REVOKE EXECUTE ON FUNCTION auth.uid(), auth.role(), auth.jwt() FROM anon, authenticated, service_role;
  END IF;
  IF EXISTS (SELECT FROM saas_schema.compat_objects WHERE kind = 'table' AND name = 'auth.users') THEN
    ALTER TABLE auth.users
      ADD COLUMN IF NOT EXISTS is_anonymous boolean NOT NULL DEFAULT false,
      ADD COLUMN IF NOT EXISTS is_sso_user boolean NOT NULL DEFAULT false;
    CREATE UNIQUE INDEX IF NOT EXISTS users_email_partial_key ON auth.users (email) WHERE is_sso_user = false;
  END IF;
END
$$;
