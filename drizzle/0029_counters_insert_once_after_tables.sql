-- saas-schema unit: billing/increment_usage_counter sha256:5ec185b0e00715e0688e9db093d4ff8636584b225575e656c8ff66d574076778
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
  LOOP
    UPDATE public.usage_counters AS c
    SET count = c.count + increment_usage_counter.amount, updated_at = now() -- now(): skips the trigger
    WHERE c.window_start = increment_usage_counter.window_start
      AND c.user_id = increment_usage_counter.user_id
      AND c.metric = increment_usage_counter.metric
    RETURNING c.count INTO new_count;
    IF FOUND THEN
      RETURN new_count;
    END IF;
    -- The window's first call for this key. If a concurrent first call inserts it first, nothing
    -- is inserted here and the UPDATE above, run again, adds to its row.
    INSERT INTO public.usage_counters (user_id, metric, count, window_start, window_end)
    VALUES (
      increment_usage_counter.user_id,
      increment_usage_counter.metric,
      increment_usage_counter.amount,
      increment_usage_counter.window_start,
      coalesce(increment_usage_counter.window_end, increment_usage_counter.window_start + interval '1 day')
    )
    ON CONFLICT (window_start, user_id, metric) DO NOTHING
    RETURNING count INTO new_count;
    IF FOUND THEN
      RETURN new_count;
    END IF;
  END LOOP;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION public.increment_usage_counter(uuid, text, integer, timestamptz, timestamptz)
  FROM PUBLIC, anon, authenticated, service_role;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION public.increment_usage_counter(uuid, text, integer, timestamptz, timestamptz)
  TO service_role;
--> statement-breakpoint
-- saas-schema unit: marketplace/increment_agent_execution sha256:813eb8a4d2ad9a3b5bcdf27898135f17dcd6eb312f0db7bb3d6f111c986c7467
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
  LOOP
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
    IF FOUND THEN
      RETURN agent_count;
    END IF;
    -- The period's first execution: as in `increment_usage`, a concurrent first call that inserts
    -- first leaves nothing to insert here, and the UPDATE above, run again, counts this one.
    INSERT INTO public.usage_aggregates (user_id, plugin_id, period, metric, count, agent_executions)
    VALUES (
      increment_agent_execution.user_id,
      increment_agent_execution.plugin_id,
      increment_agent_execution.period,
      'agent_executions',
      1,
      pg_catalog.jsonb_build_object(increment_agent_execution.agent_name, 1)
    )
    ON CONFLICT (period, user_id, plugin_id, metric) DO NOTHING;
    IF FOUND THEN
      RETURN 1;
    END IF;
  END LOOP;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION public.increment_agent_execution(uuid, text, text, text)
  FROM PUBLIC, anon, authenticated, service_role;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION public.increment_agent_execution(uuid, text, text, text) TO service_role;
--> statement-breakpoint
-- saas-schema unit: marketplace/increment_usage sha256:a2c40ef69758e3dc9b79d95876dd8e6ac0a2520bc9fcd62c2ac2a320608c5d45
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
  LOOP
    UPDATE public.usage_aggregates AS a
    SET count = a.count + increment_usage.increment, updated_at = now() -- now(): skips the trigger
    WHERE a.period = increment_usage.period
      AND a.user_id = increment_usage.user_id
      AND a.plugin_id = increment_usage.plugin_id
      AND a.metric = increment_usage.metric
    RETURNING a.count INTO new_count;
    IF FOUND THEN
      RETURN new_count;
    END IF;
    -- The period's first call for this key. If a concurrent first call inserts it first, nothing
    -- is inserted here and the UPDATE above, run again, adds to its row.
    INSERT INTO public.usage_aggregates (user_id, plugin_id, period, metric, count)
    VALUES (
      increment_usage.user_id,
      increment_usage.plugin_id,
      increment_usage.period,
      increment_usage.metric,
      increment_usage.increment
    )
    ON CONFLICT (period, user_id, plugin_id, metric) DO NOTHING
    RETURNING count INTO new_count;
    IF FOUND THEN
      RETURN new_count;
    END IF;
  END LOOP;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION public.increment_usage(uuid, text, text, text, integer)
  FROM PUBLIC, anon, authenticated, service_role;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION public.increment_usage(uuid, text, text, text, integer) TO service_role;
