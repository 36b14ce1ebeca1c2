-- saas-schema unit: billing/granting_plan_subscription_id sha256:665ad384e0466c09608c66394d3764a2d9dcc941c5eab3373c0ad2daaa431eed
-- Generated from src/modules/billing/sql/granting_plan_subscription_id.sql by npm run db:generate: edit that, not this.
CREATE OR REPLACE FUNCTION saas_private.granting_plan_subscription_id(target_user_id uuid)
RETURNS uuid
LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
  SELECT s.id FROM public.subscriptions s
  WHERE s.user_id = target_user_id
    AND s.plan_id IS NOT NULL
    AND s.status IN ('trial', 'trialing', 'active', 'past_due')
    AND (s.status NOT IN ('trial', 'trialing') OR s.trial_ends_at IS NULL OR s.trial_ends_at > now())
  ORDER BY s.created_at DESC
  LIMIT 1
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION saas_private.granting_plan_subscription_id(uuid) FROM PUBLIC, anon, authenticated, service_role;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION saas_private.granting_plan_subscription_id(uuid) TO authenticated, service_role;
--> statement-breakpoint
-- saas-schema unit: billing/effective_plan_id sha256:47941ca7be6989d325563bca6a71d2bb567f9f0b5c73f3db8f676dde446da5d1
-- Generated from src/modules/billing/sql/effective_plan_id.sql by npm run db:generate: edit that, not this.
CREATE OR REPLACE FUNCTION saas_private.effective_plan_id(target_user_id uuid)
RETURNS uuid
LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
  SELECT coalesce(
    (SELECT s.plan_id FROM public.subscriptions s
      WHERE s.id = saas_private.granting_plan_subscription_id(target_user_id)),
    (SELECT p.id FROM public.plans p WHERE p.code = 'free')
  )
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION saas_private.effective_plan_id(uuid) FROM PUBLIC, anon, authenticated, service_role;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION saas_private.effective_plan_id(uuid) TO authenticated, service_role;
