-- May the user use `permission` (a feature key)? True for an admin, or when something the user
-- holds grants that active feature: today the effective plan (billing); the store module adds
-- add-ons here. This unit is the function's only owner and runs after every module it reads.
CREATE OR REPLACE FUNCTION public.check_user_permission(user_id uuid, permission text)
RETURNS boolean
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
  PERFORM saas_private.assert_self_or_admin(check_user_permission.user_id);
  RETURN EXISTS (
      SELECT 1 FROM public.users u
      WHERE u.id = check_user_permission.user_id AND u.role = 'admin'
    )
    OR EXISTS (
      SELECT 1
      FROM public.plan_features pf
      JOIN public.features f ON f.id = pf.feature_id
      WHERE pf.plan_id = saas_private.effective_plan_id(check_user_permission.user_id)
        AND f.key = check_user_permission.permission
        AND f.is_active
    );
END
$$;

REVOKE ALL ON FUNCTION public.check_user_permission(uuid, text) FROM PUBLIC, anon, authenticated, service_role;
GRANT EXECUTE ON FUNCTION public.check_user_permission(uuid, text) TO authenticated, service_role;
