DROP POLICY IF EXISTS "Users can delete own files" ON storage.objects;
DROP POLICY IF EXISTS "Users can update own files" ON storage.objects;
DROP POLICY IF EXISTS "Users can read own files" ON storage.objects;
DROP POLICY IF EXISTS "Users can upload own files" ON storage.objects;
-- The bucket goes only when it holds no objects (a rollback never deletes users' files).
-- Supabase Storage refuses direct deletes unless the transaction says it means it.
SELECT set_config('storage.allow_delete_query', 'true', true);
DELETE FROM storage.buckets b
WHERE b.id = 'user-files'
  AND NOT EXISTS (SELECT 1 FROM storage.objects o WHERE o.bucket_id = b.id);
SELECT set_config('storage.allow_delete_query', 'false', true);
