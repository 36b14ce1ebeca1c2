-- saas-schema unit: billing/increment_usage_counter sha256:8a8ea7982c95f94f74a57aa773aeda742560a3a4c4d86790c75bddf867f8a865
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
  INSERT INTO public.usage_counters AS c (user_id, metric, count, window_start, window_end)
  VALUES (
    increment_usage_counter.user_id,
    increment_usage_counter.metric,
    increment_usage_counter.amount,
    increment_usage_counter.window_start,
    coalesce(increment_usage_counter.window_end, increment_usage_counter.window_start + interval '1 day')
  )
  ON CONFLICT (user_id, metric, window_start)
  DO UPDATE SET count = c.count + excluded.count, updated_at = now() -- now(): skips the trigger
  RETURNING c.count INTO new_count;
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
-- saas-schema unit: marketplace/increment_agent_execution sha256:7152abfe72d0b802843a910baaa58bb8f0c6a9aff7b19248998c7f9d00854f18
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
  INSERT INTO public.usage_aggregates AS a (user_id, plugin_id, period, metric, count, agent_executions)
  VALUES (
    increment_agent_execution.user_id,
    increment_agent_execution.plugin_id,
    increment_agent_execution.period,
    'agent_executions',
    1,
    pg_catalog.jsonb_build_object(increment_agent_execution.agent_name, 1)
  )
  ON CONFLICT (user_id, plugin_id, period, metric)
  DO UPDATE SET
    count = a.count + 1,
    updated_at = now(), -- skips the updated_at trigger
    agent_executions = a.agent_executions || pg_catalog.jsonb_build_object(
      increment_agent_execution.agent_name,
      coalesce((a.agent_executions ->> increment_agent_execution.agent_name)::bigint, 0) + 1)
  RETURNING (a.agent_executions ->> increment_agent_execution.agent_name)::bigint INTO agent_count;
  RETURN agent_count;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION public.increment_agent_execution(uuid, text, text, text)
  FROM PUBLIC, anon, authenticated, service_role;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION public.increment_agent_execution(uuid, text, text, text) TO service_role;
--> statement-breakpoint
-- saas-schema unit: marketplace/increment_usage sha256:ecc827f0ff331c52edb0818c3d551e90f0a6a28f4c099f7194a191cc8f6632ad
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
  INSERT INTO public.usage_aggregates AS a (user_id, plugin_id, period, metric, count)
  VALUES (
    increment_usage.user_id,
    increment_usage.plugin_id,
    increment_usage.period,
    increment_usage.metric,
    increment_usage.increment
  )
  ON CONFLICT (user_id, plugin_id, period, metric)
  DO UPDATE SET count = a.count + excluded.count, updated_at = now() -- now(): skips the trigger
  RETURNING a.count INTO new_count;
  RETURN new_count;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION public.increment_usage(uuid, text, text, text, integer)
  FROM PUBLIC, anon, authenticated, service_role;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION public.increment_usage(uuid, text, text, text, integer) TO service_role;
