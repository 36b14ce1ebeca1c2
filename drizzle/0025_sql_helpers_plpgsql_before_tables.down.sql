-- saas-schema unit: core/display_name_from_metadata sha256:2718d90d4458966c8b173c0b07283de9131b5048f8a0c5b7c22e1624c51a456f
-- Generated from src/modules/core/sql/display_name_from_metadata.sql by npm run db:generate: edit that, not this.
CREATE OR REPLACE FUNCTION saas_private.display_name_from_metadata(metadata jsonb)
RETURNS text
LANGUAGE sql IMMUTABLE
SET search_path = pg_catalog, pg_temp
AS $$
  SELECT coalesce(metadata ->> 'display_name', metadata ->> 'full_name', metadata ->> 'name')
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION saas_private.display_name_from_metadata(jsonb) FROM PUBLIC, anon, authenticated, service_role;
--> statement-breakpoint
-- saas-schema unit: core/is_trusted_role sha256:f93c24a44350857bc3a958f0157633045c971cbed5ab3d4853a268730dff26fe
-- Generated from src/modules/core/sql/is_trusted_role.sql by npm run db:generate: edit that, not this.
CREATE OR REPLACE FUNCTION saas_private.is_trusted_role()
RETURNS boolean
LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
  SELECT current_user NOT IN ('anon', 'authenticated', 'saas_admin')
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION saas_private.is_trusted_role() FROM PUBLIC, anon, authenticated, service_role;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION saas_private.is_trusted_role() TO anon, authenticated, service_role;
