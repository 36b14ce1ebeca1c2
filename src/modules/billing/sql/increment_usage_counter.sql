-- The windowed usage counter, incremented atomically. The window defaults to the current UTC day.
-- Returns the counter's new value; a negative `amount` decrements (never below 0: a CHECK). The
-- counter usually exists, so it is updated in place by its key; only when that finds nothing is it
-- inserted, and when a concurrent first call inserted it meanwhile (ON CONFLICT DO NOTHING),
-- updated after all: no increment is ever lost, and the common path skips the upsert's
-- speculative-insertion check. PL/pgSQL so its statements' plans are cached per session (a
-- LANGUAGE sql function with SET search_path is planned on every call). For the service role only.
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

REVOKE ALL ON FUNCTION public.increment_usage_counter(uuid, text, integer, timestamptz, timestamptz)
  FROM PUBLIC, anon, authenticated, service_role;
GRANT EXECUTE ON FUNCTION public.increment_usage_counter(uuid, text, integer, timestamptz, timestamptz)
  TO service_role;
