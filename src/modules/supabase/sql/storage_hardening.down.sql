DO $$
BEGIN
  IF EXISTS (SELECT FROM saas_schema.compat_objects WHERE kind = 'table' AND name = 'storage.buckets') THEN
    GRANT TRUNCATE, TRIGGER, REFERENCES ON storage.buckets TO anon, authenticated, service_role;
  END IF;
  IF EXISTS (SELECT FROM saas_schema.compat_objects WHERE kind = 'table' AND name = 'storage.objects') THEN
    GRANT TRUNCATE, TRIGGER, REFERENCES ON storage.objects TO anon, authenticated, service_role;
  END IF;
  IF EXISTS (SELECT FROM saas_schema.compat_objects WHERE kind = 'function' AND name = 'storage.foldername(text)') THEN
    ALTER FUNCTION storage.foldername(text) SET search_path = '';
  END IF;
END
$$;
