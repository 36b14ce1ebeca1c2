-- saas-schema unit: billing/increment_usage_counter sha256:6a3c155e377788832356abb0dcb1fcb65bbbbff01db28a002ecb68f3574e37f8
-- Generated from src/modules/billing/sql/increment_usage_counter.sql by npm run db:generate: edit that, not this.
CREATE OR REPLACE FUNCTION public.increment_usage_counter(
  user_id uuid,
  metric text,
  amount integer DEFAULT 1,
  window_start timestamptz DEFAULT date_trunc('day', now(), 'UTC'),
  window_end timestamptz DEFAULT NULL
)
RETURNS integer
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_column
DECLARE
  new_count integer;
BEGIN
  UPDATE public.usage_counters AS c
  SET count = c.count + increment_usage_counter.amount, updated_at = now() -- now(): skips the trigger
  WHERE c.window_start = increment_usage_counter.window_start
    AND c.user_id = increment_usage_counter.user_id
    AND c.metric = increment_usage_counter.metric
  RETURNING c.count INTO new_count;
  IF NOT FOUND THEN
    INSERT INTO public.usage_counters AS c (user_id, metric, count, window_start, window_end)
    VALUES (
      increment_usage_counter.user_id,
      increment_usage_counter.metric,
      increment_usage_counter.amount,
      increment_usage_counter.window_start,
      coalesce(increment_usage_counter.window_end, increment_usage_counter.window_start + interval '1 day')
    )
    ON CONFLICT (window_start, user_id, metric)
    DO UPDATE SET count = c.count + excluded.count, updated_at = now()
    RETURNING c.count INTO new_count;
  END IF;
  RETURN new_count;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION public.increment_usage_counter(uuid, text, integer, timestamptz, timestamptz)
  FROM PUBLIC, anon, authenticated, service_role;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION public.increment_usage_counter(uuid, text, integer, timestamptz, timestamptz)
  TO service_role;
--> statement-breakpoint
-- saas-schema unit: marketplace/increment_agent_execution sha256:445e659d41a21af36c381c32a5816d17825dd405d3a38420e658676e9e0ccee9
-- Generated from src/modules/marketplace/sql/increment_agent_execution.sql by npm run db:generate: edit that, not this.
CREATE OR REPLACE FUNCTION public.increment_agent_execution(
  user_id uuid,
  plugin_id text,
  period text,
  agent_name text
)
RETURNS bigint
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_column
DECLARE
  agent_count bigint;
BEGIN
  UPDATE public.usage_aggregates AS a
  SET
    count = a.count + 1,
    updated_at = now(), -- skips the updated_at trigger
    agent_executions = a.agent_executions || pg_catalog.jsonb_build_object(
      increment_agent_execution.agent_name,
      coalesce((a.agent_executions ->> increment_agent_execution.agent_name)::bigint, 0) + 1)
  WHERE a.period = increment_agent_execution.period
    AND a.user_id = increment_agent_execution.user_id
    AND a.plugin_id = increment_agent_execution.plugin_id
    AND a.metric = 'agent_executions'
  RETURNING (a.agent_executions ->> increment_agent_execution.agent_name)::bigint INTO agent_count;
  IF NOT FOUND THEN
    INSERT INTO public.usage_aggregates AS a (user_id, plugin_id, period, metric, count, agent_executions)
    VALUES (
      increment_agent_execution.user_id,
      increment_agent_execution.plugin_id,
      increment_agent_execution.period,
      'agent_executions',
      1,
      pg_catalog.jsonb_build_object(increment_agent_execution.agent_name, 1)
    )
    ON CONFLICT (period, user_id, plugin_id, metric)
    DO UPDATE SET
      count = a.count + 1,
      updated_at = now(),
      agent_executions = a.agent_executions || pg_catalog.jsonb_build_object(
        increment_agent_execution.agent_name,
        coalesce((a.agent_executions ->> increment_agent_execution.agent_name)::bigint, 0) + 1)
    RETURNING (a.agent_executions ->> increment_agent_execution.agent_name)::bigint INTO agent_count;
  END IF;
  RETURN agent_count;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION public.increment_agent_execution(uuid, text, text, text)
  FROM PUBLIC, anon, authenticated, service_role;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION public.increment_agent_execution(uuid, text, text, text) TO service_role;
--> statement-breakpoint
-- saas-schema unit: marketplace/increment_usage sha256:7e333386cad1837261ad8a20520d06bc283d6ab51f72c9cf06eded924b8ef167
-- Generated from src/modules/marketplace/sql/increment_usage.sql by npm run db:generate: edit that, not this.
CREATE OR REPLACE FUNCTION public.increment_usage(
  user_id uuid,
  plugin_id text,
  period text,
  metric text,
  increment integer DEFAULT 1
)
RETURNS bigint
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_column
DECLARE
  new_count bigint;
BEGIN
  UPDATE public.usage_aggregates AS a
  SET count = a.count + increment_usage.increment, updated_at = now() -- now(): skips the trigger
  WHERE a.period = increment_usage.period
    AND a.user_id = increment_usage.user_id
    AND a.plugin_id = increment_usage.plugin_id
    AND a.metric = increment_usage.metric
  RETURNING a.count INTO new_count;
  IF NOT FOUND THEN
    INSERT INTO public.usage_aggregates AS a (user_id, plugin_id, period, metric, count)
    VALUES (
      increment_usage.user_id,
      increment_usage.plugin_id,
      increment_usage.period,
      increment_usage.metric,
      increment_usage.increment
    )
    ON CONFLICT (period, user_id, plugin_id, metric)
    DO UPDATE SET count = a.count + excluded.count, updated_at = now()
    RETURNING a.count INTO new_count;
  END IF;
  RETURN new_count;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION public.increment_usage(uuid, text, text, text, integer)
  FROM PUBLIC, anon, authenticated, service_role;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION public.increment_usage(uuid, text, text, text, integer) TO service_role;
