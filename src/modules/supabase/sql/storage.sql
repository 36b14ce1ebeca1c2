-- phase: before-tables
-- Supabase compatibility layer: storage. On Supabase the `storage` schema, its tables and
-- `storage.foldername()` exist and are left untouched; on plain PostgreSQL and PGlite this
-- creates the minimum the storage module's policies need, with Supabase's names, columns and
-- grants, so the same policies are tested everywhere. What it creates is recorded in
-- saas_schema.compat_objects; the down script removes only that.

DO $$
BEGIN
  IF to_regnamespace('storage') IS NULL THEN
    CREATE SCHEMA storage;
    GRANT USAGE ON SCHEMA storage TO anon, authenticated, service_role;
    INSERT INTO saas_schema.compat_objects (kind, name) VALUES ('schema', 'storage');
  END IF;

  IF to_regclass('storage.buckets') IS NULL THEN
    CREATE TABLE storage.buckets (
      id text PRIMARY KEY,
      name text NOT NULL,
      owner uuid,
      owner_id text,
      public boolean DEFAULT false,
      avif_autodetection boolean DEFAULT false,
      file_size_limit bigint,
      allowed_mime_types text[],
      created_at timestamptz DEFAULT now(),
      updated_at timestamptz DEFAULT now()
    );
    CREATE UNIQUE INDEX bname ON storage.buckets USING btree (name);
    ALTER TABLE storage.buckets ENABLE ROW LEVEL SECURITY;
    GRANT ALL ON storage.buckets TO anon, authenticated, service_role;
    INSERT INTO saas_schema.compat_objects (kind, name) VALUES ('table', 'storage.buckets');
  END IF;

  IF to_regclass('storage.objects') IS NULL THEN
    CREATE TABLE storage.objects (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      bucket_id text REFERENCES storage.buckets (id),
      name text,
      owner uuid,
      owner_id text,
      created_at timestamptz DEFAULT now(),
      updated_at timestamptz DEFAULT now(),
      last_accessed_at timestamptz DEFAULT now(),
      metadata jsonb,
      path_tokens text[] GENERATED ALWAYS AS (string_to_array(name, '/')) STORED,
      version text,
      user_metadata jsonb
    );
    CREATE UNIQUE INDEX bucketid_objname ON storage.objects USING btree (bucket_id, name);
    CREATE INDEX name_prefix_search ON storage.objects USING btree (name text_pattern_ops);
    ALTER TABLE storage.objects ENABLE ROW LEVEL SECURITY;
    -- As on Supabase: every API role has table privileges; RLS decides.
    GRANT ALL ON storage.objects TO anon, authenticated, service_role;
    INSERT INTO saas_schema.compat_objects (kind, name) VALUES ('table', 'storage.objects');
  END IF;

  IF to_regprocedure('storage.foldername(text)') IS NULL THEN
    -- Supabase's definition: the folders of an object name ('a/b/c.png' -> {a,b}).
    CREATE FUNCTION storage.foldername(name text) RETURNS text[]
    LANGUAGE plpgsql IMMUTABLE
    SET search_path = ''
    AS $fn$
    DECLARE
      _parts text[];
    BEGIN
      SELECT string_to_array(name, '/') INTO _parts;
      RETURN _parts[1:array_length(_parts, 1) - 1];
    END
    $fn$;
    GRANT EXECUTE ON FUNCTION storage.foldername(text) TO anon, authenticated, service_role;
    INSERT INTO saas_schema.compat_objects (kind, name) VALUES ('function', 'storage.foldername(text)');
  END IF;
END
$$;
