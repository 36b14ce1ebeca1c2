-- Does the user have a platform-plan subscription that currently grants access? Runs with the
-- caller's rights: a user may ask about themselves, an admin about anyone.
CREATE OR REPLACE FUNCTION public.has_active_subscription(user_id uuid)
RETURNS boolean
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
  PERFORM saas_private.assert_self_or_admin(has_active_subscription.user_id);
  RETURN saas_private.granting_plan_subscription_id(has_active_subscription.user_id) IS NOT NULL;
END
$$;

REVOKE ALL ON FUNCTION public.has_active_subscription(uuid) FROM PUBLIC, anon, authenticated, service_role;
GRANT EXECUTE ON FUNCTION public.has_active_subscription(uuid) TO authenticated, service_role;
