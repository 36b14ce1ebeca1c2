-- phase: before-tables
-- The display name a sign-up's metadata carries (Supabase Auth stores what the provider gave:
-- `display_name`, or an OAuth provider's `full_name` / `name`). PL/pgSQL: a SQL function with SET
-- is planned on every call.
CREATE OR REPLACE FUNCTION saas_private.display_name_from_metadata(metadata jsonb)
RETURNS text
LANGUAGE plpgsql IMMUTABLE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
  RETURN coalesce(metadata ->> 'display_name', metadata ->> 'full_name', metadata ->> 'name');
END
$$;

REVOKE ALL ON FUNCTION saas_private.display_name_from_metadata(jsonb) FROM PUBLIC, anon, authenticated, service_role;
