-- Issues a license key for a plugin and returns it: the only time the key exists in the clear.
-- `mkp_` + 64 hex characters from two gen_random_uuid() (244 random bits); the table keeps its
-- SHA-256 and its first 10 characters. For the service role.
CREATE OR REPLACE FUNCTION public.issue_license(
  user_id uuid,
  plugin_id text,
  subscription_id uuid DEFAULT NULL,
  expires_at timestamptz DEFAULT NULL
)
RETURNS TABLE (license_id uuid, license_key text, key_prefix text)
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_column
DECLARE
  new_key text := 'mkp_' || pg_catalog.replace(pg_catalog.gen_random_uuid()::text || pg_catalog.gen_random_uuid()::text, '-', '');
  new_id uuid;
BEGIN
  INSERT INTO public.licenses AS l (user_id, plugin_id, subscription_id, key_prefix, key_hash, expires_at)
  VALUES (issue_license.user_id, issue_license.plugin_id, issue_license.subscription_id,
    pg_catalog.left(new_key, 10), saas_private.license_key_hash(new_key), issue_license.expires_at)
  RETURNING l.id INTO new_id;
  RETURN QUERY SELECT new_id, new_key, pg_catalog.left(new_key, 10);
END
$$;

REVOKE ALL ON FUNCTION public.issue_license(uuid, text, uuid, timestamptz) FROM PUBLIC, anon, authenticated, service_role;
GRANT EXECUTE ON FUNCTION public.issue_license(uuid, text, uuid, timestamptz) TO service_role;
