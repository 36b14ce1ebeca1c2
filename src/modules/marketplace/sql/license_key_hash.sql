-- The stored form of a license key: its hex SHA-256. Keys carry 244 random bits, so a plain hash
-- is enough (no salt needed against guessing); the key itself is never stored. PL/pgSQL: a SQL
-- function with SET is planned on every call (verify_license runs on every plugin start).
CREATE OR REPLACE FUNCTION saas_private.license_key_hash(license_key text)
RETURNS text
LANGUAGE plpgsql IMMUTABLE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
  RETURN pg_catalog.encode(pg_catalog.sha256(pg_catalog.convert_to(license_key, 'UTF8')), 'hex');
END
$$;

REVOKE ALL ON FUNCTION saas_private.license_key_hash(text) FROM PUBLIC, anon, authenticated, service_role;
