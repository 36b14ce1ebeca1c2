-- The windowed usage counter, incremented atomically: one INSERT ... ON CONFLICT DO UPDATE on the
-- table's primary key, so concurrent calls never lose an increment. The window defaults to the
-- current UTC day. Returns the counter's new value; a negative `amount` decrements (never below
-- 0: a CHECK). PL/pgSQL so its statement's plan is cached per session (a LANGUAGE sql function
-- with SET search_path is planned on every call). For the service role only.
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

REVOKE ALL ON FUNCTION public.increment_usage_counter(uuid, text, integer, timestamptz, timestamptz)
  FROM PUBLIC, anon, authenticated, service_role;
GRANT EXECUTE ON FUNCTION public.increment_usage_counter(uuid, text, integer, timestamptz, timestamptz)
  TO service_role;
