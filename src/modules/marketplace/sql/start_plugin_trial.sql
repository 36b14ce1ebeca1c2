-- Starts a user's trial of a plugin: one per user and plugin, ever. Concurrent starts race on
-- the unique index; exactly one wins, the others get "already used". For the service role.
CREATE OR REPLACE FUNCTION public.start_plugin_trial(user_id uuid, plugin_id text, days integer DEFAULT 14)
RETURNS public.trials
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_column
DECLARE
  started public.trials;
BEGIN
  IF days IS NULL OR days < 1 THEN
    RAISE EXCEPTION 'a trial lasts at least one day' USING ERRCODE = 'invalid_parameter_value';
  END IF;
  INSERT INTO public.trials AS t (user_id, plugin_id, ends_at)
  VALUES (start_plugin_trial.user_id, start_plugin_trial.plugin_id,
    now() + pg_catalog.make_interval(days => start_plugin_trial.days))
  ON CONFLICT (user_id, plugin_id) DO NOTHING
  RETURNING t.* INTO started;
  IF started.id IS NULL THEN
    RAISE EXCEPTION 'user % already used the trial of plugin %', start_plugin_trial.user_id,
      start_plugin_trial.plugin_id USING ERRCODE = 'unique_violation';
  END IF;
  RETURN started;
END
$$;

REVOKE ALL ON FUNCTION public.start_plugin_trial(uuid, text, integer) FROM PUBLIC, anon, authenticated, service_role;
GRANT EXECUTE ON FUNCTION public.start_plugin_trial(uuid, text, integer) TO service_role;
