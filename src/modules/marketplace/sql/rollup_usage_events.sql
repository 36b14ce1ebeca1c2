-- Recomputes the monthly aggregates of a period (`YYYY-MM`, UTC months) from usage_events: each
-- (user, plugin, metric) row of the period is set to the sum of its events' quantities. Setting,
-- not adding, so rolling a period up twice gives the same rows. Returns the rows written.
-- For the service role.
CREATE OR REPLACE FUNCTION public.rollup_usage_events(period text)
RETURNS integer
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_column
DECLARE
  period_start timestamptz;
  written integer;
BEGIN
  IF rollup_usage_events.period IS NULL OR rollup_usage_events.period !~ '^[0-9]{4}-(0[1-9]|1[0-2])$' THEN
    RAISE EXCEPTION 'period must be YYYY-MM, got %', rollup_usage_events.period USING ERRCODE = 'invalid_parameter_value';
  END IF;
  period_start := pg_catalog.to_timestamp(rollup_usage_events.period || '-01 00:00:00+00', 'YYYY-MM-DD HH24:MI:SSTZH');
  INSERT INTO public.usage_aggregates AS a (user_id, plugin_id, period, metric, count)
  SELECT e.user_id, e.plugin_id, rollup_usage_events.period, e.metric, sum(e.quantity)
  FROM public.usage_events e
  WHERE e.occurred_at >= period_start AND e.occurred_at < period_start + interval '1 month'
  GROUP BY e.user_id, e.plugin_id, e.metric
  ON CONFLICT (user_id, plugin_id, period, metric) DO UPDATE SET count = excluded.count
  WHERE a.count IS DISTINCT FROM excluded.count;
  GET DIAGNOSTICS written = ROW_COUNT;
  RETURN written;
END
$$;

REVOKE ALL ON FUNCTION public.rollup_usage_events(text) FROM PUBLIC, anon, authenticated, service_role;
GRANT EXECUTE ON FUNCTION public.rollup_usage_events(text) TO service_role;
