-- Every sign-up (email, phone, anonymous, SSO, OAuth) gets exactly one public.users row, created
-- inside Supabase Auth's insert: nothing here may fail (no column of users is stricter than
-- auth.users). SECURITY DEFINER: the auth service's role cannot write public.users.
CREATE OR REPLACE FUNCTION saas_private.handle_new_auth_user()
RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
  INSERT INTO public.users (id, email, display_name, avatar_url, last_sign_in_at)
  VALUES (
    NEW.id,
    NEW.email,
    saas_private.display_name_from_metadata(NEW.raw_user_meta_data),
    NEW.raw_user_meta_data ->> 'avatar_url',
    NEW.last_sign_in_at
  )
  ON CONFLICT (id) DO NOTHING;
  RETURN NEW;
END
$$;

REVOKE ALL ON FUNCTION saas_private.handle_new_auth_user() FROM PUBLIC, anon, authenticated, service_role;

CREATE OR REPLACE TRIGGER saas_on_auth_user_created
  AFTER INSERT ON auth.users
  FOR EACH ROW EXECUTE FUNCTION saas_private.handle_new_auth_user();
