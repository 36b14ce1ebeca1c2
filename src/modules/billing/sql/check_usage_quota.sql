-- Is the user within their plan's limit for `metric` in the window if they use `amount` more?
-- The limit is a column of the effective plan (`usageMetricLimits` in constants.ts maps metrics
-- to columns; a test holds the two together); other metrics and NULL limits are unlimited
-- (`quota` NULL, `allowed` true).
CREATE OR REPLACE FUNCTION public.check_usage_quota(
  user_id uuid,
  metric text,
  amount integer DEFAULT 1,
  window_start timestamptz DEFAULT date_trunc('day', now(), 'UTC')
)
RETURNS TABLE (used bigint, quota bigint, remaining bigint, allowed boolean)
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
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

REVOKE ALL ON FUNCTION public.check_usage_quota(uuid, text, integer, timestamptz)
  FROM PUBLIC, anon, authenticated, service_role;
GRANT EXECUTE ON FUNCTION public.check_usage_quota(uuid, text, integer, timestamptz)
  TO authenticated, service_role;
