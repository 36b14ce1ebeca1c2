-- phase: after-tables
-- users: the row that follows each auth.users row, the guard on columns a user must not change,
-- and the grants that keep `password_hash` out of reach of the API roles.

-- Creates the public.users row when Supabase Auth (or the compatibility layer's auth.users)
-- gets a new user. SECURITY DEFINER: the auth service's role cannot write public.users.
CREATE OR REPLACE FUNCTION saas_private.handle_new_auth_user()
RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = ''
AS $$
BEGIN
  INSERT INTO public.users (id, email, display_name, avatar_url)
  VALUES (
    NEW.id,
    coalesce(NEW.email, ''),
    coalesce(NEW.raw_user_meta_data ->> 'display_name', NEW.raw_user_meta_data ->> 'full_name', NEW.raw_user_meta_data ->> 'name'),
    NEW.raw_user_meta_data ->> 'avatar_url'
  )
  ON CONFLICT (id) DO NOTHING;
  RETURN NEW;
END
$$;

-- Keeps public.users.email equal to auth.users.email (seed 001: stored in both for convenience).
CREATE OR REPLACE FUNCTION saas_private.sync_auth_user_email()
RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = ''
AS $$
BEGIN
  UPDATE public.users SET email = coalesce(NEW.email, '') WHERE id = NEW.id;
  RETURN NEW;
END
$$;

CREATE OR REPLACE TRIGGER saas_on_auth_user_created
  AFTER INSERT ON auth.users
  FOR EACH ROW EXECUTE FUNCTION saas_private.handle_new_auth_user();

CREATE OR REPLACE TRIGGER saas_on_auth_user_email_changed
  AFTER UPDATE OF email ON auth.users
  FOR EACH ROW WHEN (OLD.email IS DISTINCT FROM NEW.email)
  EXECUTE FUNCTION saas_private.sync_auth_user_email();

-- A signed-in user may edit their profile but never raise their own role: only an admin or a
-- trusted role (service_role, the owner) changes `role`.
CREATE OR REPLACE FUNCTION saas_private.guard_user_role()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = ''
AS $$
BEGIN
  IF NEW.role IS DISTINCT FROM OLD.role
     AND NOT saas_private.is_trusted_role()
     AND NOT saas_private.is_admin() THEN
    RAISE EXCEPTION 'only an admin can change a user''s role'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END
$$;

CREATE OR REPLACE TRIGGER guard_user_role
  BEFORE UPDATE OF role ON public.users
  FOR EACH ROW EXECUTE FUNCTION saas_private.guard_user_role();

CREATE OR REPLACE TRIGGER set_updated_at
  BEFORE UPDATE ON public.users
  FOR EACH ROW EXECUTE FUNCTION saas_private.set_updated_at();

REVOKE ALL ON FUNCTION
  saas_private.handle_new_auth_user(),
  saas_private.sync_auth_user_email(),
  saas_private.guard_user_role()
FROM PUBLIC;

-- Column-level grants: `password_hash` is readable by no API role; identity and billing columns
-- are written only by service_role. Table-level grants are revoked first because Supabase's
-- default privileges give anon/authenticated ALL on new tables.
REVOKE ALL ON public.users FROM anon, authenticated;
GRANT SELECT (
  id, email, display_name, avatar_url, company_name, role, billing_provider, billing_customer_id,
  external_auth_id, profile, last_sign_in_at, created_at, updated_at
) ON public.users TO authenticated;
GRANT UPDATE (display_name, avatar_url, company_name, profile, role) ON public.users TO authenticated;
GRANT DELETE ON public.users TO authenticated;
GRANT ALL ON public.users TO service_role;
