-- phase: before-tables
-- The database role of admins: a signed-in user whose `users.role` is `admin` acts as
-- `saas_admin`, a member of `authenticated` (so everything a user may do, an admin may do too).
-- Admin policies name this role, so the policies of ordinary users stay plain, indexable
-- equalities (see docs/performance.md). `withUser` switches to it for admins; on Supabase the
-- access-token hook (saas_private.access_token_hook) puts it in admins' JWTs for PostgREST.
-- Roles are cluster-wide: created once, recorded so a rollback removes only what it created.
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
