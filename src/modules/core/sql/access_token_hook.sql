-- Supabase Auth's custom access token hook (Dashboard → Authentication → Hooks): puts
-- `role: saas_admin` in the JWT of admins, so PostgREST and Storage act as the admin role for
-- them. Without it, admins reach everything through withUser but only their own rows over the
-- Data API. Called by Supabase Auth's role only.
CREATE OR REPLACE FUNCTION saas_private.access_token_hook(event jsonb)
RETURNS jsonb
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
  IF event #>> '{claims,role}' = 'authenticated' AND EXISTS (
    SELECT 1 FROM public.users WHERE id = (event ->> 'user_id')::uuid AND role = 'admin'
  ) THEN
    RETURN jsonb_set(event, '{claims,role}', '"saas_admin"');
  END IF;
  RETURN event;
END
$$;

REVOKE ALL ON FUNCTION saas_private.access_token_hook(jsonb) FROM PUBLIC, anon, authenticated, service_role;
DO $$
BEGIN
  IF EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'supabase_auth_admin') THEN
    GRANT USAGE ON SCHEMA saas_private TO supabase_auth_admin;
    GRANT EXECUTE ON FUNCTION saas_private.access_token_hook(jsonb) TO supabase_auth_admin;
  END IF;
END
$$;
