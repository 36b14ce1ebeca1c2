-- A user cannot subscribe to a plugin whose `requires_plugin` they do not hold: a live
-- subscription to the required plugin (any status but cancelled or expired).
CREATE OR REPLACE FUNCTION saas_private.check_plugin_subscription_requirement()
RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  required text;
BEGIN
  SELECT p.requires_plugin INTO required FROM public.plugins p WHERE p.id = NEW.plugin_id;
  IF required IS NOT NULL AND NOT EXISTS (
    SELECT 1 FROM public.subscriptions s
    WHERE s.user_id = NEW.user_id AND s.plugin_id = required
      AND s.status NOT IN ('cancelled', 'expired')
  ) THEN
    RAISE EXCEPTION 'plugin % requires a subscription to %', NEW.plugin_id, required
      USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END
$$;

REVOKE ALL ON FUNCTION saas_private.check_plugin_subscription_requirement() FROM PUBLIC, anon, authenticated, service_role;

CREATE OR REPLACE TRIGGER check_plugin_subscription_requirement
  BEFORE INSERT OR UPDATE OF plugin_id ON public.subscriptions
  FOR EACH ROW WHEN (NEW.plugin_id IS NOT NULL)
  EXECUTE FUNCTION saas_private.check_plugin_subscription_requirement();
