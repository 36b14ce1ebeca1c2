-- saas-schema unit: billing/effective_plan_id sha256:6c4b3692e51bf3c97fe8f1748906c8fdea18874fd4331863cc83d3ab811e553a
-- Generated from src/modules/billing/sql/effective_plan_id.sql by npm run db:generate: edit that, not this.
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
--> statement-breakpoint
REVOKE ALL ON FUNCTION saas_private.effective_plan_id(uuid) FROM PUBLIC, anon, authenticated, service_role;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION saas_private.effective_plan_id(uuid) TO authenticated, service_role;
--> statement-breakpoint
-- saas-schema unit: billing/granting_plan_subscription_id sha256:99e74118077d0a1f42b8ed9c58609c07bf8a0bf326dccb73ebd3afb1005d7110
-- Generated from src/modules/billing/sql/granting_plan_subscription_id.sql by npm run db:generate: edit that, not this.
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
--> statement-breakpoint
REVOKE ALL ON FUNCTION saas_private.granting_plan_subscription_id(uuid) FROM PUBLIC, anon, authenticated, service_role;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION saas_private.granting_plan_subscription_id(uuid) TO authenticated, service_role;
