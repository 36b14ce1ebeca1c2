-- Seed 000's RPC: counts one execution of `agent_name` in a user's monthly usage of a plugin:
-- the `agent_executions` aggregate's count and its per-agent entry, in one atomic upsert.
-- Returns the agent's new count. For the service role only.
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

REVOKE ALL ON FUNCTION public.increment_agent_execution(uuid, text, text, text)
  FROM PUBLIC, anon, authenticated, service_role;
GRANT EXECUTE ON FUNCTION public.increment_agent_execution(uuid, text, text, text) TO service_role;
