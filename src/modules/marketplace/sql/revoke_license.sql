-- Revokes a license: records the revocation (reason, by whom, when) and marks the license.
-- Revoking twice keeps the first record. For the service role.
CREATE OR REPLACE FUNCTION public.revoke_license(license_id uuid, reason text, revoked_by uuid DEFAULT NULL)
RETURNS void
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  target public.licenses;
BEGIN
  IF reason IS NULL OR pg_catalog.btrim(reason) = '' THEN
    RAISE EXCEPTION 'a revocation needs a reason' USING ERRCODE = 'invalid_parameter_value';
  END IF;
  UPDATE public.licenses l SET status = 'revoked' WHERE l.id = revoke_license.license_id
  RETURNING l.* INTO target;
  IF target.id IS NULL THEN
    RAISE EXCEPTION 'unknown license %', revoke_license.license_id USING ERRCODE = 'no_data_found';
  END IF;
  INSERT INTO public.revoked_licenses (license_id, key_hash, reason, revoked_by)
  VALUES (target.id, target.key_hash, revoke_license.reason, revoke_license.revoked_by)
  ON CONFLICT DO NOTHING;
END
$$;

REVOKE ALL ON FUNCTION public.revoke_license(uuid, text, uuid) FROM PUBLIC, anon, authenticated, service_role;
GRANT EXECUTE ON FUNCTION public.revoke_license(uuid, text, uuid) TO service_role;
