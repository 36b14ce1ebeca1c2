-- Keeps plugins.rating and review_count equal to the plugin's reviews after any review is
-- written or removed. SECURITY DEFINER: reviewers may not update plugins themselves.
CREATE OR REPLACE FUNCTION saas_private.refresh_plugin_rating()
RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
  IF TG_OP = 'DELETE' OR (TG_OP = 'UPDATE' AND NEW.plugin_id IS DISTINCT FROM OLD.plugin_id) THEN
    PERFORM public.update_plugin_rating(OLD.plugin_id);
  END IF;
  IF TG_OP <> 'DELETE' THEN
    PERFORM public.update_plugin_rating(NEW.plugin_id);
  END IF;
  RETURN NULL;
END
$$;

REVOKE ALL ON FUNCTION saas_private.refresh_plugin_rating() FROM PUBLIC, anon, authenticated, service_role;

CREATE OR REPLACE TRIGGER refresh_plugin_rating
  AFTER INSERT OR UPDATE OR DELETE ON public.plugin_reviews
  FOR EACH ROW EXECUTE FUNCTION saas_private.refresh_plugin_rating();
