-- Recomputes the daily analytics of one UTC day (`plugin_analytics_daily`) from the tables they
-- summarise: `plugin_events` (views, downloads), plugin `subscriptions` (created that day; live at
-- the day's end: created by then and not ended by then, `ended_at` or, without one, a status other
-- than cancelled/expired) and `trials` (started, converted that day). Rows are set, not added to,
-- a plugin with nothing to count loses its row, and an unchanged row is not rewritten: running it
-- twice for a day gives identical rows. Returns the rows written or deleted. For the service role.
CREATE OR REPLACE FUNCTION public.rollup_plugin_analytics(day date)
RETURNS integer
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_column
DECLARE
  day_start timestamptz;
  day_end timestamptz;
  written integer;
BEGIN
  IF rollup_plugin_analytics.day IS NULL THEN
    RAISE EXCEPTION 'day is required' USING ERRCODE = 'invalid_parameter_value';
  END IF;
  day_start := rollup_plugin_analytics.day::timestamp AT TIME ZONE 'UTC';
  day_end := day_start + interval '1 day';

  WITH counted AS (
    SELECT e.plugin_id,
      count(*) FILTER (WHERE e.kind = 'view') AS views,
      count(*) FILTER (WHERE e.kind = 'download') AS downloads,
      0 AS new_subscriptions, 0 AS trials_started, 0 AS trials_converted, 0 AS active_subscriptions
    FROM public.plugin_events e
    WHERE e.occurred_at >= day_start AND e.occurred_at < day_end
    GROUP BY e.plugin_id
    UNION ALL
    SELECT s.plugin_id, 0, 0,
      count(*) FILTER (WHERE s.created_at >= day_start),
      0, 0,
      count(*) FILTER (WHERE s.ended_at >= day_end OR (s.ended_at IS NULL AND s.status NOT IN ('cancelled', 'expired')))
    FROM public.subscriptions s
    WHERE s.plugin_id IS NOT NULL AND s.created_at < day_end
    GROUP BY s.plugin_id
    UNION ALL
    SELECT t.plugin_id, 0, 0, 0,
      count(*) FILTER (WHERE t.started_at >= day_start AND t.started_at < day_end),
      count(*) FILTER (WHERE t.converted_at >= day_start AND t.converted_at < day_end),
      0
    FROM public.trials t
    WHERE (t.started_at >= day_start AND t.started_at < day_end)
      OR (t.converted_at >= day_start AND t.converted_at < day_end)
    GROUP BY t.plugin_id
  ), computed AS (
    SELECT c.plugin_id,
      sum(c.views)::integer AS views, sum(c.downloads)::integer AS downloads,
      sum(c.new_subscriptions)::integer AS new_subscriptions, sum(c.trials_started)::integer AS trials_started,
      sum(c.trials_converted)::integer AS trials_converted,
      sum(c.active_subscriptions)::integer AS active_subscriptions
    FROM counted c
    GROUP BY c.plugin_id
    HAVING sum(c.views + c.downloads + c.new_subscriptions + c.trials_started + c.trials_converted
      + c.active_subscriptions) > 0
  ), removed AS (
    DELETE FROM public.plugin_analytics_daily a
    WHERE a.day = rollup_plugin_analytics.day
      AND NOT EXISTS (SELECT 1 FROM computed r WHERE r.plugin_id = a.plugin_id)
    RETURNING 1
  ), upserted AS (
    INSERT INTO public.plugin_analytics_daily AS a (plugin_id, day, views, downloads, new_subscriptions,
      trials_started, trials_converted, active_subscriptions)
    SELECT r.plugin_id, rollup_plugin_analytics.day, r.views, r.downloads, r.new_subscriptions,
      r.trials_started, r.trials_converted, r.active_subscriptions
    FROM computed r
    ON CONFLICT (plugin_id, day) DO UPDATE SET
      views = excluded.views, downloads = excluded.downloads, new_subscriptions = excluded.new_subscriptions,
      trials_started = excluded.trials_started, trials_converted = excluded.trials_converted,
      active_subscriptions = excluded.active_subscriptions
    WHERE (a.views, a.downloads, a.new_subscriptions, a.trials_started, a.trials_converted, a.active_subscriptions)
      IS DISTINCT FROM (excluded.views, excluded.downloads, excluded.new_subscriptions, excluded.trials_started,
        excluded.trials_converted, excluded.active_subscriptions)
    RETURNING 1
  )
  SELECT (SELECT count(*) FROM removed) + (SELECT count(*) FROM upserted) INTO written;
  RETURN written;
END
$$;

REVOKE ALL ON FUNCTION public.rollup_plugin_analytics(date) FROM PUBLIC, anon, authenticated, service_role;
GRANT EXECUTE ON FUNCTION public.rollup_plugin_analytics(date) TO service_role;
