-- saas-schema unit: billing/functions sha256:82e5b7d6c52017d6e0d18f7d23cbdf061065e6533368428df87928bd1643b5df
-- Generated from src/functions/billing/functions.sql by npm run db:generate: edit that file, not this one.
-- phase: after-tables
-- billing functions: subscription and permission checks (seed 003), the atomic windowed usage
-- counter (seed 001's usage_counters) and the quota check.
--
-- All are SECURITY INVOKER: they read through the caller's RLS, which already lets a user see
-- their own subscription, the plan it is on (even a private one) and their counters, and lets
-- an admin see everything. A signed-in user asking about *another* user gets an
-- `insufficient_privilege` error (saas_private.assert_self_or_admin) rather than a silent
-- `false`. `anon` may call none of them; writing counters is for `service_role` only.

-- Raises unless the caller may look at that user's billing: a trusted role (service_role, the
-- owner), the user themselves, or an admin.
CREATE OR REPLACE FUNCTION saas_private.assert_self_or_admin(target_user_id uuid)
RETURNS void
LANGUAGE plpgsql STABLE
SET search_path = ''
AS $$
BEGIN
  IF NOT saas_private.is_trusted_role()
     AND target_user_id IS DISTINCT FROM auth.uid()
     AND NOT saas_private.is_admin() THEN
    RAISE EXCEPTION 'a user can only check their own subscription, permissions and usage'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
END
$$;
--> statement-breakpoint
-- The one rule for "this subscription grants access now": the user's newest platform-plan
-- subscription that is a trial not yet ended, active, or past_due (the provider is retrying the
-- renewal). NULL when there is none. has_active_subscription, effective_plan_id and the typed
-- query getCurrentPlan all go through it.
CREATE OR REPLACE FUNCTION saas_private.granting_plan_subscription_id(target_user_id uuid)
RETURNS uuid
LANGUAGE sql STABLE
SET search_path = ''
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
-- The plan whose features and limits apply to a user: the plan of the subscription granting
-- access, else the catalogue's `free` plan.
CREATE OR REPLACE FUNCTION saas_private.effective_plan_id(target_user_id uuid)
RETURNS uuid
LANGUAGE sql STABLE
SET search_path = ''
AS $$
  SELECT coalesce(
    (SELECT s.plan_id FROM public.subscriptions s
      WHERE s.id = saas_private.granting_plan_subscription_id(target_user_id)),
    (SELECT p.id FROM public.plans p WHERE p.code = 'free')
  )
$$;
--> statement-breakpoint
-- Seed 003: does the user have a platform-plan subscription that currently grants access?
CREATE OR REPLACE FUNCTION public.has_active_subscription(user_id uuid)
RETURNS boolean
LANGUAGE plpgsql STABLE
SET search_path = ''
AS $$
BEGIN
  PERFORM saas_private.assert_self_or_admin(has_active_subscription.user_id);
  RETURN saas_private.granting_plan_subscription_id(has_active_subscription.user_id) IS NOT NULL;
END
$$;
--> statement-breakpoint
-- Seed 003: may the user use `permission` (a feature key)? True for an admin, or when the
-- user's effective plan (see effective_plan_id) grants that active feature. The store module
-- extends this with add-ons.
CREATE OR REPLACE FUNCTION public.check_user_permission(user_id uuid, permission text)
RETURNS boolean
LANGUAGE plpgsql STABLE
SET search_path = ''
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
--> statement-breakpoint
-- Seed 001's usage counter, incremented atomically: one INSERT ... ON CONFLICT DO UPDATE, so
-- concurrent calls never lose an increment. The window defaults to the current UTC day.
-- Returns the counter's new value. A negative `amount` decrements (never below 0: a CHECK).
CREATE OR REPLACE FUNCTION public.increment_usage_counter(
  user_id uuid,
  metric text,
  amount integer DEFAULT 1,
  window_start timestamptz DEFAULT date_trunc('day', now(), 'UTC'),
  window_end timestamptz DEFAULT NULL
)
RETURNS integer
LANGUAGE sql VOLATILE
SET search_path = ''
AS $$
  INSERT INTO public.usage_counters AS c (user_id, metric, count, window_start, window_end)
  VALUES (
    increment_usage_counter.user_id,
    increment_usage_counter.metric,
    increment_usage_counter.amount,
    increment_usage_counter.window_start,
    coalesce(increment_usage_counter.window_end, increment_usage_counter.window_start + interval '1 day')
  )
  ON CONFLICT ON CONSTRAINT usage_counters_user_id_metric_window_start_key
  DO UPDATE SET count = c.count + excluded.count
  RETURNING c.count
$$;
--> statement-breakpoint
-- Is the user within their plan's limit for `metric` in the window if they use `amount` more?
-- The limit comes from the effective plan (usage_metric -> plans column: messages ->
-- messages_per_day, api_requests -> api_requests_per_day, storage_bytes -> storage_bytes,
-- agents -> max_agents, instances -> max_instances); other metrics and NULL limits are unlimited
-- (`quota` NULL, `allowed` true).
CREATE OR REPLACE FUNCTION public.check_usage_quota(
  user_id uuid,
  metric text,
  amount integer DEFAULT 1,
  window_start timestamptz DEFAULT date_trunc('day', now(), 'UTC')
)
RETURNS TABLE (used bigint, quota bigint, remaining bigint, allowed boolean)
LANGUAGE plpgsql STABLE
SET search_path = ''
AS $$
DECLARE
  v_used bigint;
  v_quota bigint;
BEGIN
  PERFORM saas_private.assert_self_or_admin(check_usage_quota.user_id);
  SELECT coalesce(sum(c.count), 0) INTO v_used
  FROM public.usage_counters c
  WHERE c.user_id = check_usage_quota.user_id
    AND c.metric = check_usage_quota.metric
    AND c.window_start = check_usage_quota.window_start;
  SELECT CASE check_usage_quota.metric
      WHEN 'messages' THEN p.messages_per_day::bigint
      WHEN 'api_requests' THEN p.api_requests_per_day::bigint
      WHEN 'storage_bytes' THEN p.storage_bytes
      WHEN 'agents' THEN p.max_agents::bigint
      WHEN 'instances' THEN p.max_instances::bigint
    END INTO v_quota
  FROM public.plans p
  WHERE p.id = saas_private.effective_plan_id(check_usage_quota.user_id);
  used := v_used;
  quota := v_quota;
  remaining := CASE WHEN v_quota IS NULL THEN NULL ELSE greatest(v_quota - v_used, 0) END;
  allowed := v_quota IS NULL OR v_used + check_usage_quota.amount <= v_quota;
  RETURN NEXT;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION
  saas_private.assert_self_or_admin(uuid),
  saas_private.granting_plan_subscription_id(uuid),
  saas_private.effective_plan_id(uuid),
  public.has_active_subscription(uuid),
  public.check_user_permission(uuid, text),
  public.increment_usage_counter(uuid, text, integer, timestamptz, timestamptz),
  public.check_usage_quota(uuid, text, integer, timestamptz)
FROM PUBLIC, anon, authenticated;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION
  saas_private.assert_self_or_admin(uuid),
  saas_private.granting_plan_subscription_id(uuid),
  saas_private.effective_plan_id(uuid),
  public.has_active_subscription(uuid),
  public.check_user_permission(uuid, text),
  public.check_usage_quota(uuid, text, integer, timestamptz)
TO authenticated, service_role;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION
  public.increment_usage_counter(uuid, text, integer, timestamptz, timestamptz)
TO service_role;
