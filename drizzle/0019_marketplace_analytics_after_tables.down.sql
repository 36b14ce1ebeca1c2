SELECT saas_schema.reset_table_privileges('public.plugin_events');
--> statement-breakpoint
DROP TRIGGER IF EXISTS set_updated_at ON public.plugin_analytics_daily;
--> statement-breakpoint
SELECT saas_schema.reset_table_privileges('public.plugin_analytics_daily');
--> statement-breakpoint
DROP FUNCTION IF EXISTS public.rollup_plugin_analytics(date);
--> statement-breakpoint
-- saas-schema unit: marketplace/increment_downloads sha256:2e63326f12b94e1112b847f1fd4e98c6a3762151865577a9fa6744e0357ab09f
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
  RETURN new_count;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION public.increment_downloads(text) FROM PUBLIC, anon, authenticated, service_role;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION public.increment_downloads(text) TO service_role;
