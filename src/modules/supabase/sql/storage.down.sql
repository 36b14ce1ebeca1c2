-- Removes only what the storage compatibility layer created (recorded in
-- saas_schema.compat_objects); on Supabase that is nothing.
DO $$
BEGIN
  IF EXISTS (SELECT FROM saas_schema.compat_objects WHERE kind = 'function' AND name = 'storage.foldername(text)') THEN
    DROP FUNCTION IF EXISTS storage.foldername(text);
    DELETE FROM saas_schema.compat_objects WHERE kind = 'function' AND name = 'storage.foldername(text)';
  END IF;
  IF EXISTS (SELECT FROM saas_schema.compat_objects WHERE kind = 'table' AND name = 'storage.objects') THEN
    DROP TABLE IF EXISTS storage.objects;
    DELETE FROM saas_schema.compat_objects WHERE kind = 'table' AND name = 'storage.objects';
  END IF;
  IF EXISTS (SELECT FROM saas_schema.compat_objects WHERE kind = 'table' AND name = 'storage.buckets') THEN
    DROP TABLE IF EXISTS storage.buckets;
    DELETE FROM saas_schema.compat_objects WHERE kind = 'table' AND name = 'storage.buckets';
  END IF;
  IF EXISTS (SELECT FROM saas_schema.compat_objects WHERE kind = 'schema' AND name = 'storage') THEN
    DROP SCHEMA IF EXISTS storage;
    DELETE FROM saas_schema.compat_objects WHERE kind = 'schema' AND name = 'storage';
  END IF;
END
$$;
