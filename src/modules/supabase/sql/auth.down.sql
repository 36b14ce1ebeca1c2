-- Removes only what the compatibility layer created itself (recorded in
-- saas_schema.compat_objects); on Supabase that is nothing but the EXECUTE grants the layer's
-- first release added to Supabase's auth.uid(), auth.role() and auth.jwt() (PUBLIC holds EXECUTE
-- there, so they were never needed). A role another database still uses stays: roles are
-- cluster-wide.
DO $$
DECLARE
  obj record;
BEGIN
  IF NOT EXISTS (SELECT FROM saas_schema.compat_objects WHERE kind = 'function' AND name = 'auth.uid()') THEN
    REVOKE EXECUTE ON FUNCTION auth.uid(), auth.role(), auth.jwt() FROM anon, authenticated, service_role;
  END IF;
  FOR obj IN SELECT name FROM saas_schema.compat_objects WHERE kind = 'function' LOOP
    EXECUTE 'DROP FUNCTION IF EXISTS ' || obj.name;
  END LOOP;
  IF EXISTS (SELECT FROM saas_schema.compat_objects WHERE kind = 'table' AND name = 'auth.users') THEN
    DROP TABLE IF EXISTS auth.users;
  END IF;
  IF EXISTS (SELECT FROM saas_schema.compat_objects WHERE kind = 'schema' AND name = 'auth') THEN
    DROP SCHEMA IF EXISTS auth;
    -- The layer created auth, so this is not Supabase: Supabase's grants in public were the
    -- layer's too. (Roles it did not create survive the loop below, and so would these.)
    ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON TABLES FROM anon, authenticated, service_role;
    ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON SEQUENCES FROM anon, authenticated, service_role;
    ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE EXECUTE ON FUNCTIONS FROM anon, authenticated, service_role;
    REVOKE USAGE ON SCHEMA public FROM anon, authenticated, service_role;
  END IF;
  FOR obj IN SELECT name FROM saas_schema.compat_objects WHERE kind = 'role' LOOP
    -- Revokes this database's grants and default privileges to the role, then drops it.
    EXECUTE format('DROP OWNED BY %I', obj.name);
    BEGIN
      EXECUTE format('DROP ROLE %I', obj.name);
    EXCEPTION WHEN dependent_objects_still_exist OR object_in_use THEN
      NULL; -- still granted in another database of this server
    END;
  END LOOP;
END
$$;
DROP TABLE IF EXISTS saas_schema.compat_objects;
DROP SCHEMA IF EXISTS saas_private;
