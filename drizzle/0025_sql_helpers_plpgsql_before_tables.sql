-- saas-schema unit: core/display_name_from_metadata sha256:d8dab590c702b43e9eea408c0bf62670d19bfcb3dc1fd6abe59c2d08a68e47cc
-- Generated from src/modules/core/sql/display_name_from_metadata.sql by npm run db:generate: edit that, not this.
CREATE OR REPLACE FUNCTION saas_private.display_name_from_metadata(metadata jsonb)
RETURNS text
LANGUAGE plpgsql IMMUTABLE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
  RETURN coalesce(metadata ->> 'display_name', metadata ->> 'full_name', metadata ->> 'name');
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION saas_private.display_name_from_metadata(jsonb) FROM PUBLIC, anon, authenticated, service_role;
--> statement-breakpoint
-- saas-schema unit: core/is_trusted_role sha256:9e232d1714ee4bb3dc3c0b929aa843cf2131bc7347b874ceeb7f7146f75abcf5
-- Generated from src/modules/core/sql/is_trusted_role.sql by npm run db:generate: edit that, not this.
CREATE OR REPLACE FUNCTION saas_private.is_trusted_role()
RETURNS boolean
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
  RETURN current_user NOT IN ('anon', 'authenticated', 'saas_admin');
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION saas_private.is_trusted_role() FROM PUBLIC, anon, authenticated, service_role;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION saas_private.is_trusted_role() TO anon, authenticated, service_role;
