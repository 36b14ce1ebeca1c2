-- The role goes only if this database's package created it and no other database still uses it.
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
