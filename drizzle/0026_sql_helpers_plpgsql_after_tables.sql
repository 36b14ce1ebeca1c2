-- saas-schema unit: marketplace/license_key_hash sha256:d63d64ff8bf54e81c1f83d4b0859b58c3b49a25af730db081fad31fbd9a1533c
-- Generated from src/modules/marketplace/sql/license_key_hash.sql by npm run db:generate: edit that, not this.
CREATE OR REPLACE FUNCTION saas_private.license_key_hash(license_key text)
RETURNS text
LANGUAGE plpgsql IMMUTABLE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
  RETURN pg_catalog.encode(pg_catalog.sha256(pg_catalog.convert_to(license_key, 'UTF8')), 'hex');
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION saas_private.license_key_hash(text) FROM PUBLIC, anon, authenticated, service_role;
