-- phase: before-tables
-- Second step of the storage compatibility layer (the first, storage.sql, shipped as it was):
-- on the storage tables it created (never on Supabase's), no API role holds TRUNCATE (RLS does
-- not apply to it), TRIGGER or REFERENCES; storage.foldername() gets a fixed search_path.
DO $$
BEGIN
  IF EXISTS (SELECT FROM saas_schema.compat_objects WHERE kind = 'table' AND name = 'storage.buckets') THEN
    REVOKE TRUNCATE, TRIGGER, REFERENCES ON storage.buckets FROM anon, authenticated, service_role;
  END IF;
  IF EXISTS (SELECT FROM saas_schema.compat_objects WHERE kind = 'table' AND name = 'storage.objects') THEN
    REVOKE TRUNCATE, TRIGGER, REFERENCES ON storage.objects FROM anon, authenticated, service_role;
  END IF;
  IF EXISTS (SELECT FROM saas_schema.compat_objects WHERE kind = 'function' AND name = 'storage.foldername(text)') THEN
    ALTER FUNCTION storage.foldername(text) SET search_path = pg_catalog, pg_temp;
  END IF;
END
$$;
