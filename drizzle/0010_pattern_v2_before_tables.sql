-- saas-schema unit: supabase/auth_hardening sha256:3f0cb73d36c0fd1d95f277875842ed16d907347d5308e5797eb8999f366073d2
-- Generated from src/modules/supabase/sql/auth_hardening.sql by npm run db:generate: edit that, not this.
DO $$
BEGIN
  IF EXISTS (SELECT FROM saas_schema.compat_objects WHERE kind = 'function' AND name = 'auth.uid()') THEN
    ALTER FUNCTION auth.uid() SET search_path = pg_catalog, pg_temp;
    ALTER FUNCTION auth.role() SET search_path = pg_catalog, pg_temp;
    ALTER FUNCTION auth.jwt() SET search_path = pg_catalog, pg_temp;
  ELSE
    REVOKE EXECUTE ON FUNCTION auth.uid(), auth.role(), auth.jwt() FROM anon, authenticated, service_role;
  END IF;
  IF EXISTS (SELECT FROM saas_schema.compat_objects WHERE kind = 'table' AND name = 'auth.users') THEN
    ALTER TABLE auth.users
      ADD COLUMN IF NOT EXISTS is_anonymous boolean NOT NULL DEFAULT false,
      ADD COLUMN IF NOT EXISTS is_sso_user boolean NOT NULL DEFAULT false;
    CREATE UNIQUE INDEX IF NOT EXISTS users_email_partial_key ON auth.users (email) WHERE is_sso_user = false;
  END IF;
END
$$;
--> statement-breakpoint
-- saas-schema unit: supabase/storage_hardening sha256:88b32c5fa6c4331a3f335a167097af2ab887386960ce9251069799be80ed0c01
-- Generated from src/modules/supabase/sql/storage_hardening.sql by npm run db:generate: edit that, not this.
DO $$
BEGIN
  IF EXISTS (SELECT FROM saas_schema.compat_objects WHERE kind = 'table' AND name = 'storage.buckets') THEN
    REVOKE TRUNCATE, TRIGGER, REFERENCES ON storage.buckets FROM anon, authenticated, service_role;
  END IF;
  IF EXISTS (SELECT FROM saas_schema.compat_objects WHERE kind = 'table' AND name = 'storage.objects') THEN
    REVOKE TRUNCATE, TRIGGER, REFERENCES ON storage.objects FROM anon, authenticated, service_role;
  END IF;
  IF EXISTS (SELECT FROM saas_schema.compat_objects WHERE kind = 'function' AND name = 'storage.foldername(text)') THEN
    ALTER FUNCTION storage.foldername(text) SET search_path = pg_catalog, pg_temp;
  END IF;
END
$$;
--> statement-breakpoint
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
-- saas-schema unit: core/guard_columns sha256:14414495492d4aa25494a2a6df9a2945667fd8d79741dd94141dfb58554a8153
-- Generated from src/modules/core/sql/guard_columns.sql by npm run db:generate: edit that, not this.
CREATE OR REPLACE FUNCTION saas_private.guard_columns()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  guard text;
  column_name text;
  old_row jsonb;
  new_row jsonb;
BEGIN
  IF saas_private.is_trusted_role() THEN
    RETURN NEW;
  END IF;
  old_row := to_jsonb(OLD);
  new_row := to_jsonb(NEW);
  FOREACH guard IN ARRAY TG_ARGV LOOP
    column_name := split_part(guard, ':', 1);
    IF new_row -> column_name IS DISTINCT FROM old_row -> column_name
       AND (split_part(guard, ':', 2) = 'service' OR NOT saas_private.is_admin()) THEN
      RAISE EXCEPTION '%.% can only be changed by %', TG_TABLE_NAME, column_name,
        CASE split_part(guard, ':', 2) WHEN 'admin' THEN 'an admin' ELSE 'the service role' END
        USING ERRCODE = 'insufficient_privilege';
    END IF;
  END LOOP;
  RETURN NEW;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION saas_private.guard_columns() FROM PUBLIC, anon, authenticated, service_role;
--> statement-breakpoint
-- saas-schema unit: core/has_role sha256:634e28dd96c07a31c7edbc324ed0b82144fc2587ec6a084ccb6dba46e5b5e089
-- Generated from src/modules/core/sql/has_role.sql by npm run db:generate: edit that, not this.
CREATE OR REPLACE FUNCTION saas_private.has_role(required text)
RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
  RETURN EXISTS (
    SELECT 1 FROM public.users
    WHERE id = auth.uid() AND role::text IN (required, 'admin')
  );
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION saas_private.has_role(text) FROM PUBLIC, anon, authenticated, service_role;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION saas_private.has_role(text) TO anon, authenticated, service_role;
--> statement-breakpoint
-- saas-schema unit: core/is_admin sha256:62ea7925ed2f7fb5050e064e597d3da22e363e3b07dde65e389c8d30e92970a6
-- Generated from src/modules/core/sql/is_admin.sql by npm run db:generate: edit that, not this.
CREATE OR REPLACE FUNCTION saas_private.is_admin()
RETURNS boolean
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
  RETURN EXISTS (SELECT 1 FROM public.users WHERE id = auth.uid() AND role = 'admin');
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION saas_private.is_admin() FROM PUBLIC, anon, authenticated, service_role;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION saas_private.is_admin() TO anon, authenticated, service_role;
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
--> statement-breakpoint
-- saas-schema unit: core/reset_table_privileges sha256:55ad7a8f18052c1d82db031b0b9808c8707984d1175f4696b3b50f70859d5dd3
-- Generated from src/modules/core/sql/reset_table_privileges.sql by npm run db:generate: edit that, not this.
CREATE OR REPLACE FUNCTION saas_schema.reset_table_privileges(target regclass)
RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  owner_id oid;
  schema_id oid;
  entry record;
BEGIN
  SELECT c.relowner, c.relnamespace INTO owner_id, schema_id FROM pg_catalog.pg_class c WHERE c.oid = target;
  FOR entry IN
    SELECT DISTINCT a.grantee
    FROM pg_catalog.pg_class c, pg_catalog.aclexplode(c.relacl) a
    WHERE c.oid = target AND a.grantee <> owner_id
  LOOP
    EXECUTE format('REVOKE ALL ON TABLE %s FROM %s', target,
      CASE WHEN entry.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(pg_catalog.pg_get_userbyid(entry.grantee)) END);
  END LOOP;
  FOR entry IN
    SELECT a.grantee, a.privilege_type, a.is_grantable
    FROM pg_catalog.pg_default_acl d, pg_catalog.aclexplode(d.defaclacl) a
    WHERE d.defaclrole = owner_id AND d.defaclobjtype = 'r'
      AND d.defaclnamespace IN (0, schema_id) AND a.grantee <> owner_id
  LOOP
    EXECUTE format('GRANT %s ON TABLE %s TO %s%s', entry.privilege_type, target,
      CASE WHEN entry.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(pg_catalog.pg_get_userbyid(entry.grantee)) END,
      CASE WHEN entry.is_grantable THEN ' WITH GRANT OPTION' ELSE '' END);
  END LOOP;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION saas_schema.reset_table_privileges(regclass) FROM PUBLIC;
--> statement-breakpoint
-- saas-schema unit: core/saas_admin_role sha256:3e182d2c50ef5b58222b9c5ccc5a5b6a0f5fcb31dd00434a1a273b30f5799b0d
-- Generated from src/modules/core/sql/saas_admin_role.sql by npm run db:generate: edit that, not this.
DO $$
BEGIN
  IF NOT EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'saas_admin') THEN
    BEGIN
      CREATE ROLE saas_admin NOLOGIN INHERIT;
      INSERT INTO saas_schema.compat_objects (kind, name) VALUES ('role', 'saas_admin')
      ON CONFLICT DO NOTHING;
    EXCEPTION WHEN duplicate_object OR unique_violation THEN
      NULL; -- another database on this server created it at the same moment
    END;
  END IF;
  GRANT authenticated TO saas_admin;
  -- The migrating role (and PostgREST's `authenticator`, on Supabase) must be able to switch to it.
  EXECUTE format('GRANT saas_admin TO %I', current_user);
  IF EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'authenticator') THEN
    GRANT saas_admin TO authenticator;
  END IF;
END
$$;
--> statement-breakpoint
-- saas-schema unit: core/set_updated_at sha256:5b29c2bfada9ae18d811fe7cd70f72a1d3a3592c7d8b9d391ccb1f99b9746d87
-- Generated from src/modules/core/sql/set_updated_at.sql by npm run db:generate: edit that, not this.
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
--> statement-breakpoint
REVOKE ALL ON FUNCTION saas_private.set_updated_at() FROM PUBLIC, anon, authenticated, service_role;
