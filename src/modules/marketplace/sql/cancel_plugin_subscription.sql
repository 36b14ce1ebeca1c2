-- A signed-in user cancels their own plugin subscription (the only change a user may make to a
-- subscription): it stops renewing at the end of the period. Returns whether it changed anything.
CREATE OR REPLACE FUNCTION public.cancel_plugin_subscription(subscription_id uuid)
RETURNS boolean
LANGUAGE plpgsql VOLATILE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  changed integer;
BEGIN
  UPDATE public.subscriptions s SET cancel_at_period_end = true, cancelled_at = now()
  WHERE s.id = cancel_plugin_subscription.subscription_id
    AND s.plugin_id IS NOT NULL
    AND s.user_id = auth.uid()
    AND s.status NOT IN ('cancelled', 'expired')
    AND NOT s.cancel_at_period_end;
  GET DIAGNOSTICS changed = ROW_COUNT;
  RETURN changed = 1;
END
$$;

REVOKE ALL ON FUNCTION public.cancel_plugin_subscription(uuid) FROM PUBLIC, anon, authenticated, service_role;
GRANT EXECUTE ON FUNCTION public.cancel_plugin_subscription(uuid) TO authenticated;
