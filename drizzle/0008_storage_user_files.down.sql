DROP POLICY IF EXISTS "Users can delete own files" ON storage.objects;
--> statement-breakpoint
DROP POLICY IF EXISTS "Users can update own files" ON storage.objects;
--> statement-breakpoint
DROP POLICY IF EXISTS "Users can read own files" ON storage.objects;
--> statement-breakpoint
DROP POLICY IF EXISTS "Users can upload own files" ON storage.objects;
--> statement-breakpoint
SELECT set_config('storage.allow_delete_query', 'true', true);
--> statement-breakpoint
DELETE FROM storage.buckets b
WHERE b.id = 'user-files'
  AND NOT EXISTS (SELECT 1 FROM storage.objects o WHERE o.bucket_id = b.id);
--> statement-breakpoint
SELECT set_config('storage.allow_delete_query', 'false', true);
