-- Keeps public.users following auth.users: the email, the last sign-in, and the name and avatar
-- when the sign-up metadata changes them (a name the user set themselves is kept otherwise).
-- Replaces the email-only sync of the first release.
DROP TRIGGER IF EXISTS saas_on_auth_user_email_changed ON auth.users;
DROP FUNCTION IF EXISTS saas_private.sync_auth_user_email();

CREATE OR REPLACE FUNCTION saas_private.sync_auth_user()
RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  old_name text := saas_private.display_name_from_metadata(OLD.raw_user_meta_data);
  new_name text := saas_private.display_name_from_metadata(NEW.raw_user_meta_data);
  old_avatar text := OLD.raw_user_meta_data ->> 'avatar_url';
  new_avatar text := NEW.raw_user_meta_data ->> 'avatar_url';
BEGIN
  UPDATE public.users u SET
    email = NEW.email,
    last_sign_in_at = NEW.last_sign_in_at,
    display_name = CASE WHEN new_name IS DISTINCT FROM old_name THEN new_name ELSE u.display_name END,
    avatar_url = CASE WHEN new_avatar IS DISTINCT FROM old_avatar THEN new_avatar ELSE u.avatar_url END
  WHERE u.id = NEW.id;
  RETURN NEW;
END
$$;

REVOKE ALL ON FUNCTION saas_private.sync_auth_user() FROM PUBLIC, anon, authenticated, service_role;

CREATE OR REPLACE TRIGGER saas_on_auth_user_updated
  AFTER UPDATE OF email, raw_user_meta_data, last_sign_in_at ON auth.users
  FOR EACH ROW
  WHEN (OLD.email IS DISTINCT FROM NEW.email
    OR OLD.raw_user_meta_data IS DISTINCT FROM NEW.raw_user_meta_data
    OR OLD.last_sign_in_at IS DISTINCT FROM NEW.last_sign_in_at)
  EXECUTE FUNCTION saas_private.sync_auth_user();
