-- The plan whose features and limits apply to a user: the plan of the subscription granting
-- access, else the catalogue's `free` plan. PL/pgSQL, not SQL: a SQL function with `SET` is
-- neither inlined nor plan-cached, so it was planned again on every call of check_usage_quota
-- (docs/performance.md); PL/pgSQL caches the plan.
CREATE OR REPLACE FUNCTION saas_private.effective_plan_id(target_user_id uuid)
RETURNS uuid
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
  RETURN coalesce(
    (SELECT s.plan_id FROM public.subscriptions s
      WHERE s.id = saas_private.granting_plan_subscription_id(target_user_id)),
    (SELECT p.id FROM public.plans p WHERE p.code = 'free')
  );
END
$$;

REVOKE ALL ON FUNCTION saas_private.effective_plan_id(uuid) FROM PUBLIC, anon, authenticated, service_role;
GRANT EXECUTE ON FUNCTION saas_private.effective_plan_id(uuid) TO authenticated, service_role;
