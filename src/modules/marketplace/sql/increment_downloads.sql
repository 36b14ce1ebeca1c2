-- Seed 000's RPC: counts one download of a plugin, atomically, and records it in `plugin_events`
-- (the daily analytics count downloads from there). Returns the new count; raises when the plugin
-- does not exist. For the service role only.
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

REVOKE ALL ON FUNCTION public.increment_downloads(text) FROM PUBLIC, anon, authenticated, service_role;
GRANT EXECUTE ON FUNCTION public.increment_downloads(text) TO service_role;
