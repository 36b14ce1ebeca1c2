-- saas-schema unit: marketplace/license_key_hash sha256:df985d7075f536a11514bbe0a7b08878c88dd478e0e64b3c5cdc50ca27690382
-- Generated from src/modules/marketplace/sql/license_key_hash.sql by npm run db:generate: edit that, not this.
CREATE OR REPLACE FUNCTION saas_private.license_key_hash(license_key text)
RETURNS text
LANGUAGE sql IMMUTABLE
SET search_path = pg_catalog, pg_temp
AS $$
  SELECT pg_catalog.encode(pg_catalog.sha256(pg_catalog.convert_to(license_key, 'UTF8')), 'hex')
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION saas_private.license_key_hash(text) FROM PUBLIC, anon, authenticated, service_role;
