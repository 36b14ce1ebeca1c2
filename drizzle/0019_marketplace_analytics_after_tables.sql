-- saas-schema unit: marketplace/increment_downloads sha256:cc38a4b8dc5413dd0b3c2f2809f048b2d5a303d746206d76267ed7e7cdeb88e5
-- Generated from src/modules/marketplace/sql/increment_downloads.sql by npm run db:generate: edit that, not this.
CREATE OR REPLACE FUNCTION public.increment_downloads(plugin_id text)
RETURNS integer
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  new_count integer;
BEGIN
  UPDATE public.plugins p SET downloads = p.downloads + 1
  WHERE p.id = increment_downloads.plugin_id
  RETURNING p.downloads INTO new_count;
  IF new_count IS NULL THEN
    RAISE EXCEPTION 'unknown plugin %', increment_downloads.plugin_id USING ERRCODE = 'no_data_found';
  END IF;
  INSERT INTO public.plugin_events (plugin_id, kind) VALUES (increment_downloads.plugin_id, 'download');
  RETURN new_count;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION public.increment_downloads(text) FROM PUBLIC, anon, authenticated, service_role;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION public.increment_downloads(text) TO service_role;
--> statement-breakpoint
-- saas-schema unit: marketplace/rollup_plugin_analytics sha256:4b788b66aae39a20a8a5c7b71c769324ed758fc9c8fd280c7c08bcbd60e4c438
-- Generated from src/modules/marketplace/sql/rollup_plugin_analytics.sql by npm run db:generate: edit that, not this.
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
--> statement-breakpoint
REVOKE ALL ON FUNCTION public.rollup_plugin_analytics(date) FROM PUBLIC, anon, authenticated, service_role;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION public.rollup_plugin_analytics(date) TO service_role;
--> statement-breakpoint
-- saas-schema unit: marketplace/plugin_analytics_daily.access sha256:5166856c657447790e68c081e55671e73d757dfa64f1776ff67ca56d89a03c32
-- Generated from the access declaration of plugin_analytics_daily (src/modules/marketplace) by npm run db:generate: edit that, not this.
REVOKE ALL ON TABLE public.plugin_analytics_daily FROM PUBLIC, anon, authenticated, service_role, saas_admin;
--> statement-breakpoint
GRANT SELECT ON TABLE public.plugin_analytics_daily TO authenticated;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE public.plugin_analytics_daily TO service_role;
--> statement-breakpoint
CREATE OR REPLACE TRIGGER set_updated_at BEFORE UPDATE ON public.plugin_analytics_daily
  FOR EACH ROW EXECUTE FUNCTION saas_private.set_updated_at();
--> statement-breakpoint
-- saas-schema unit: marketplace/plugin_events.access sha256:b486cb897fa9d2052ec136884ea02b5401e749f050ca2d4a02bc37ee0eae8d63
-- Generated from the access declaration of plugin_events (src/modules/marketplace) by npm run db:generate: edit that, not this.
REVOKE ALL ON TABLE public.plugin_events FROM PUBLIC, anon, authenticated, service_role, saas_admin;
--> statement-breakpoint
GRANT SELECT ON TABLE public.plugin_events TO authenticated;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE public.plugin_events TO service_role;
