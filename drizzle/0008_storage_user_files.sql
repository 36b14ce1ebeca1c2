-- saas-schema unit: storage/user-files sha256:dacc22b6742ef62c8911a260f995b1b49c450ee0d336096d10fae295356516e0
-- Generated from src/functions/storage/user-files.sql by npm run db:generate: edit that file, not this one.
-- phase: after-tables
-- storage (seed 001's 0003_storage.sql): the private `user-files` bucket and the owner-folder
-- policies on storage.objects. Objects live under `{userId}/{entity}/{yyyy}/{mm}/{uuid}.{ext}`;
-- a signed-in user reads and writes only under their own first folder. storage.objects is not
-- drizzle-kit's (it belongs to Supabase Storage, or to the compatibility layer elsewhere), so the
-- policies are SQL here, replaced idempotently (drop if exists, then create). `service_role`
-- has BYPASSRLS, so seed 001's "Service role can manage all files" policy is not needed.

INSERT INTO storage.buckets (id, name, public, file_size_limit, allowed_mime_types)
VALUES (
  'user-files',
  'user-files',
  false,
  52428800, -- 50 MB per file
  ARRAY['image/jpeg', 'image/png', 'image/gif', 'image/webp', 'application/pdf', 'text/plain', 'text/csv']
) ON CONFLICT (id) DO NOTHING;
--> statement-breakpoint
DROP POLICY IF EXISTS "Users can upload own files" ON storage.objects;
--> statement-breakpoint
CREATE POLICY "Users can upload own files" ON storage.objects
  FOR INSERT TO authenticated
  WITH CHECK (
    bucket_id = 'user-files'
    AND (storage.foldername(name))[1] = (SELECT auth.uid())::text
  );
--> statement-breakpoint
DROP POLICY IF EXISTS "Users can read own files" ON storage.objects;
--> statement-breakpoint
CREATE POLICY "Users can read own files" ON storage.objects
  FOR SELECT TO authenticated
  USING (
    bucket_id = 'user-files'
    AND (storage.foldername(name))[1] = (SELECT auth.uid())::text
  );
--> statement-breakpoint
-- WITH CHECK as well as USING: a user cannot move a file into someone else's folder.
DROP POLICY IF EXISTS "Users can update own files" ON storage.objects;
--> statement-breakpoint
CREATE POLICY "Users can update own files" ON storage.objects
  FOR UPDATE TO authenticated
  USING (
    bucket_id = 'user-files'
    AND (storage.foldername(name))[1] = (SELECT auth.uid())::text
  )
  WITH CHECK (
    bucket_id = 'user-files'
    AND (storage.foldername(name))[1] = (SELECT auth.uid())::text
  );
--> statement-breakpoint
DROP POLICY IF EXISTS "Users can delete own files" ON storage.objects;
--> statement-breakpoint
CREATE POLICY "Users can delete own files" ON storage.objects
  FOR DELETE TO authenticated
  USING (
    bucket_id = 'user-files'
    AND (storage.foldername(name))[1] = (SELECT auth.uid())::text
  );
