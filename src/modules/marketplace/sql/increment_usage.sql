-- Seed 000's RPC: adds `increment` to a user's monthly usage of a plugin's metric, atomically
-- (one INSERT ... ON CONFLICT DO UPDATE on the aggregate's unique key: concurrent calls never
-- lose an increment). Returns the new count. For the service role only: a signed-in user must not
-- be able to inflate anyone's usage.
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

REVOKE ALL ON FUNCTION public.increment_usage(uuid, text, text, text, integer)
  FROM PUBLIC, anon, authenticated, service_role;
GRANT EXECUTE ON FUNCTION public.increment_usage(uuid, text, text, text, integer) TO service_role;
