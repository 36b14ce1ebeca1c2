-- Installing onto a project that already has users: each existing auth user gets the
-- public.users row the sign-up trigger would have made. Idempotent.
INSERT INTO public.users (id, email, display_name, avatar_url, last_sign_in_at)
SELECT
  a.id,
  a.email,
  saas_private.display_name_from_metadata(a.raw_user_meta_data),
  a.raw_user_meta_data ->> 'avatar_url',
  a.last_sign_in_at
FROM auth.users a
ON CONFLICT (id) DO NOTHING;
