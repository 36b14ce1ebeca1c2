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
