-- phase: before-tables
-- BEFORE UPDATE trigger of every table with an `updated_at` column (db:generate adds it).
CREATE OR REPLACE FUNCTION saas_private.set_updated_at()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
  NEW.updated_at := now();
  RETURN NEW;
END
$$;

REVOKE ALL ON FUNCTION saas_private.set_updated_at() FROM PUBLIC, anon, authenticated, service_role;
