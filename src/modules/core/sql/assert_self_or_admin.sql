-- Raises unless the caller may look at that user's data: a trusted role (the service role, the
-- owner), the user themselves, or an admin. Functions that take a user id call it first, so a
-- user asking about someone else gets an error rather than a silent `false`.
CREATE OR REPLACE FUNCTION saas_private.assert_self_or_admin(target_user_id uuid)
RETURNS void
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
  IF NOT saas_private.is_trusted_role()
     AND target_user_id IS DISTINCT FROM auth.uid()
     AND NOT saas_private.is_admin() THEN
    RAISE EXCEPTION 'a user can only look at their own subscription, permissions and usage'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
END
$$;

REVOKE ALL ON FUNCTION saas_private.assert_self_or_admin(uuid) FROM PUBLIC, anon, authenticated, service_role;
GRANT EXECUTE ON FUNCTION saas_private.assert_self_or_admin(uuid) TO authenticated, service_role;
