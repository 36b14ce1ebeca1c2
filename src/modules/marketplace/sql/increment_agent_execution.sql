-- Seed 000's RPC: counts one execution of `agent_name` in a user's monthly usage of a plugin:
-- the `agent_executions` aggregate's count and its per-agent entry, atomically. Returns the
-- agent's new count. Updates the aggregate in place and inserts it only when there is none yet,
-- as `increment_usage` does (and for the same reason). For the service role only.
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

REVOKE ALL ON FUNCTION public.increment_agent_execution(uuid, text, text, text)
  FROM PUBLIC, anon, authenticated, service_role;
GRANT EXECUTE ON FUNCTION public.increment_agent_execution(uuid, text, text, text) TO service_role;
