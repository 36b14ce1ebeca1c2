-- Checks a license key: `valid`, `expired`, `revoked` or `unknown`, with a reason a caller can
-- show. Only the key's hash is compared, so the licenses table alone cannot produce a key that
-- verifies. With `expected_plugin_id`, a key of another plugin is `unknown`. A revocation is found by the key's hash too, even if its license row was changed.
-- For the service role.
CREATE OR REPLACE FUNCTION public.verify_license(license_key text, expected_plugin_id text DEFAULT NULL)
RETURNS TABLE (
  verdict text,
  reason text,
  license_id uuid,
  user_id uuid,
  plugin_id text,
  expires_at timestamptz
)
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_variable
DECLARE
  key_hash text := saas_private.license_key_hash(license_key);
  found public.licenses;
  revocation public.revoked_licenses;
BEGIN
  SELECT * INTO revocation FROM public.revoked_licenses r WHERE r.key_hash = key_hash;
  SELECT * INTO found FROM public.licenses l WHERE l.key_hash = key_hash;
  IF found.id IS NULL AND revocation.license_id IS NULL THEN
    RETURN QUERY SELECT 'unknown'::text, 'no license has this key'::text, NULL::uuid, NULL::uuid, NULL::text, NULL::timestamptz;
  ELSIF revocation.license_id IS NOT NULL OR found.status = 'revoked' THEN
    RETURN QUERY SELECT 'revoked'::text,
      coalesce('revoked: ' || revocation.reason, 'revoked')::text, found.id, found.user_id, found.plugin_id, found.expires_at;
  ELSIF expected_plugin_id IS NOT NULL AND found.plugin_id <> expected_plugin_id THEN
    RETURN QUERY SELECT 'unknown'::text, 'the key is not a license for this plugin'::text, NULL::uuid, NULL::uuid, NULL::text, NULL::timestamptz;
  ELSIF found.expires_at IS NOT NULL AND found.expires_at <= now() THEN
    RETURN QUERY SELECT 'expired'::text, ('expired at ' || found.expires_at::text)::text, found.id, found.user_id, found.plugin_id, found.expires_at;
  ELSE
    RETURN QUERY SELECT 'valid'::text, 'valid'::text, found.id, found.user_id, found.plugin_id, found.expires_at;
  END IF;
END
$$;

REVOKE ALL ON FUNCTION public.verify_license(text, text) FROM PUBLIC, anon, authenticated, service_role;
GRANT EXECUTE ON FUNCTION public.verify_license(text, text) TO service_role;
