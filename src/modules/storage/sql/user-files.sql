-- phase: after-tables
-- The private `user-files` bucket and its owner-folder policies on storage.objects. Objects live
-- under `{userId}/{entity}/{yyyy}/{mm}/{uuid}.{ext}`: a signed-in user reads and writes only under
-- their own first folder of this bucket. storage.objects belongs to Supabase Storage (or the
-- compatibility layer), not to drizzle-kit, so the policies are SQL here, replaced idempotently.
-- Writes also refuse `.`/`..`/empty path segments (`<me>/../<other>/x.pdf`) and an `owner` or
-- `owner_id` naming someone else. `service_role` has BYPASSRLS and needs no policy.

INSERT INTO storage.buckets (id, name, public, file_size_limit, allowed_mime_types)
VALUES (
  'user-files',
  'user-files',
  false,
  52428800, -- 50 MB per file
  ARRAY['image/jpeg', 'image/png', 'image/gif', 'image/webp', 'application/pdf', 'text/plain', 'text/csv']
) ON CONFLICT (id) DO NOTHING;

DROP POLICY IF EXISTS "Users can upload own files" ON storage.objects;
CREATE POLICY "Users can upload own files" ON storage.objects
  FOR INSERT TO authenticated
  WITH CHECK (
    bucket_id = 'user-files'
    AND (storage.foldername(name))[1] = (SELECT auth.uid())::text
    AND name !~ '(^|/)(\.\.?)?(/|$)'
    AND (owner IS NULL OR owner = (SELECT auth.uid()))
    AND (owner_id IS NULL OR owner_id = (SELECT auth.uid())::text)
  );

DROP POLICY IF EXISTS "Users can read own files" ON storage.objects;
CREATE POLICY "Users can read own files" ON storage.objects
  FOR SELECT TO authenticated
  USING (
    bucket_id = 'user-files'
    AND (storage.foldername(name))[1] = (SELECT auth.uid())::text
  );

-- WITH CHECK as well as USING: a user cannot move a file into someone else's folder or bucket.
DROP POLICY IF EXISTS "Users can update own files" ON storage.objects;
CREATE POLICY "Users can update own files" ON storage.objects
  FOR UPDATE TO authenticated
  USING (
    bucket_id = 'user-files'
    AND (storage.foldername(name))[1] = (SELECT auth.uid())::text
  )
  WITH CHECK (
    bucket_id = 'user-files'
    AND (storage.foldername(name))[1] = (SELECT auth.uid())::text
    AND name !~ '(^|/)(\.\.?)?(/|$)'
    AND (owner IS NULL OR owner = (SELECT auth.uid()))
    AND (owner_id IS NULL OR owner_id = (SELECT auth.uid())::text)
  );

DROP POLICY IF EXISTS "Users can delete own files" ON storage.objects;
CREATE POLICY "Users can delete own files" ON storage.objects
  FOR DELETE TO authenticated
  USING (
    bucket_id = 'user-files'
    AND (storage.foldername(name))[1] = (SELECT auth.uid())::text
  );
