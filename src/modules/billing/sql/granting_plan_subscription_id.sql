-- The one rule for "this subscription grants access now": the user's newest platform-plan
-- subscription that is a trial not yet ended, active, or past_due (the provider is retrying the
-- renewal). NULL when there is none. has_active_subscription, effective_plan_id and the typed
-- query getCurrentPlan all go through it; the statuses are `activeSubscriptionStatuses` in
-- constants.ts (a test holds the two together). PL/pgSQL so its plan is cached (see
-- effective_plan_id).
CREATE OR REPLACE FUNCTION saas_private.granting_plan_subscription_id(target_user_id uuid)
RETURNS uuid
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
  RETURN (
    SELECT s.id FROM public.subscriptions s
    WHERE s.user_id = target_user_id
      AND s.plan_id IS NOT NULL
      AND s.status IN ('trial', 'trialing', 'active', 'past_due')
      AND (s.status NOT IN ('trial', 'trialing') OR s.trial_ends_at IS NULL OR s.trial_ends_at > now())
    ORDER BY s.created_at DESC
    LIMIT 1
  );
END
$$;

REVOKE ALL ON FUNCTION saas_private.granting_plan_subscription_id(uuid) FROM PUBLIC, anon, authenticated, service_role;
GRANT EXECUTE ON FUNCTION saas_private.granting_plan_subscription_id(uuid) TO authenticated, service_role;
