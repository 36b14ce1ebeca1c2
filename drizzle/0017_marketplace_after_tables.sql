-- saas-schema unit: marketplace/approve_plugin_submission sha256:2be0678f7f410a94179a9ae3922dc54138cd496391f88178e36088822393e426
-- Generated from src/modules/marketplace/sql/approve_plugin_submission.sql by npm run db:generate: edit that, not this.
CREATE OR REPLACE FUNCTION public.approve_plugin_submission(
  submission_id uuid,
  notes text DEFAULT NULL,
  reviewer_id uuid DEFAULT NULL
)
RETURNS public.plugins
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  s public.plugin_submissions;
  approved public.plugins;
BEGIN
  SELECT * INTO s FROM public.plugin_submissions ps WHERE ps.id = approve_plugin_submission.submission_id FOR UPDATE;
  IF s.id IS NULL THEN
    RAISE EXCEPTION 'unknown submission %', approve_plugin_submission.submission_id USING ERRCODE = 'no_data_found';
  ELSIF s.status NOT IN ('pending', 'in_review') THEN
    RAISE EXCEPTION 'submission % is already %', s.id, s.status USING ERRCODE = 'invalid_parameter_value';
  END IF;
  INSERT INTO public.plugins AS p (id, display_name, description, author_id, tier, price, billing_interval,
    category, tags, metadata, version, status)
  VALUES (s.plugin_id, s.display_name, s.description, s.submitter_id, s.tier, s.price, s.billing_interval,
    s.category, s.tags, s.metadata, s.version, 'published')
  ON CONFLICT (id) DO UPDATE SET
    display_name = excluded.display_name, description = excluded.description, tier = excluded.tier,
    price = excluded.price, billing_interval = excluded.billing_interval, category = excluded.category,
    tags = excluded.tags, metadata = excluded.metadata, version = excluded.version, status = 'published'
  WHERE p.author_id = excluded.author_id
  RETURNING p.* INTO approved;
  IF approved.id IS NULL THEN
    RAISE EXCEPTION 'plugin % belongs to another author', s.plugin_id USING ERRCODE = 'unique_violation';
  END IF;
  UPDATE public.plugin_submissions ps SET
    status = 'approved', review_notes = approve_plugin_submission.notes, reviewed_at = now(),
    reviewer_id = coalesce(approve_plugin_submission.reviewer_id, auth.uid())
  WHERE ps.id = s.id;
  RETURN approved;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION public.approve_plugin_submission(uuid, text, uuid) FROM PUBLIC, anon, authenticated, service_role;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION public.approve_plugin_submission(uuid, text, uuid) TO service_role, saas_admin;
--> statement-breakpoint
-- saas-schema unit: marketplace/cancel_plugin_subscription sha256:e93df6c42a8f7ce15987a83a073d1a8a2ab554335543b4dd7a051d1df5320942
-- Generated from src/modules/marketplace/sql/cancel_plugin_subscription.sql by npm run db:generate: edit that, not this.
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
--> statement-breakpoint
REVOKE ALL ON FUNCTION public.cancel_plugin_subscription(uuid) FROM PUBLIC, anon, authenticated, service_role;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION public.cancel_plugin_subscription(uuid) TO authenticated;
--> statement-breakpoint
-- saas-schema unit: marketplace/check_plugin_requirement_chain sha256:c77403a4b3e83b1b685109782b73ffb69b480984d9e0208943d173c95052d857
-- Generated from src/modules/marketplace/sql/check_plugin_requirement_chain.sql by npm run db:generate: edit that, not this.
CREATE OR REPLACE FUNCTION saas_private.check_plugin_requirement_chain()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
  IF NEW.requires_plugin IS NOT NULL AND EXISTS (
    WITH RECURSIVE chain(id, depth) AS (
      SELECT NEW.requires_plugin, 1
      UNION ALL
      SELECT p.requires_plugin, c.depth + 1
      FROM chain c JOIN public.plugins p ON p.id = c.id
      WHERE p.requires_plugin IS NOT NULL AND c.depth < 100
    )
    SELECT 1 FROM chain WHERE chain.id = NEW.id
  ) THEN
    RAISE EXCEPTION 'plugin % cannot require %: the requirement chain would lead back to it',
      NEW.id, NEW.requires_plugin USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION saas_private.check_plugin_requirement_chain() FROM PUBLIC, anon, authenticated, service_role;
--> statement-breakpoint
CREATE OR REPLACE TRIGGER check_plugin_requirement_chain
  BEFORE INSERT OR UPDATE OF requires_plugin ON public.plugins
  FOR EACH ROW EXECUTE FUNCTION saas_private.check_plugin_requirement_chain();
--> statement-breakpoint
-- saas-schema unit: marketplace/check_plugin_subscription_requirement sha256:aaef2be8ca52cbe80433f332c21509460d81f634fd9a27d39f72f9ee75161106
-- Generated from src/modules/marketplace/sql/check_plugin_subscription_requirement.sql by npm run db:generate: edit that, not this.
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
--> statement-breakpoint
REVOKE ALL ON FUNCTION saas_private.check_plugin_subscription_requirement() FROM PUBLIC, anon, authenticated, service_role;
--> statement-breakpoint
CREATE OR REPLACE TRIGGER check_plugin_subscription_requirement
  BEFORE INSERT OR UPDATE OF plugin_id ON public.subscriptions
  FOR EACH ROW WHEN (NEW.plugin_id IS NOT NULL)
  EXECUTE FUNCTION saas_private.check_plugin_subscription_requirement();
--> statement-breakpoint
-- saas-schema unit: marketplace/increment_agent_execution sha256:624145fc2f4ba678a27a40cb13d41bd906f083976e2ca73c21e9664071c2895a
-- Generated from src/modules/marketplace/sql/increment_agent_execution.sql by npm run db:generate: edit that, not this.
CREATE OR REPLACE FUNCTION public.increment_agent_execution(
  user_id uuid,
  plugin_id text,
  period text,
  agent_name text
)
RETURNS bigint
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_column
DECLARE
  agent_count bigint;
BEGIN
  INSERT INTO public.usage_aggregates AS a (user_id, plugin_id, period, metric, count, agent_executions)
  VALUES (
    increment_agent_execution.user_id,
    increment_agent_execution.plugin_id,
    increment_agent_execution.period,
    'agent_executions',
    1,
    pg_catalog.jsonb_build_object(increment_agent_execution.agent_name, 1)
  )
  ON CONFLICT (user_id, plugin_id, period, metric)
  DO UPDATE SET
    count = a.count + 1,
    agent_executions = a.agent_executions || pg_catalog.jsonb_build_object(
      increment_agent_execution.agent_name,
      coalesce((a.agent_executions ->> increment_agent_execution.agent_name)::bigint, 0) + 1)
  RETURNING (a.agent_executions ->> increment_agent_execution.agent_name)::bigint INTO agent_count;
  RETURN agent_count;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION public.increment_agent_execution(uuid, text, text, text)
  FROM PUBLIC, anon, authenticated, service_role;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION public.increment_agent_execution(uuid, text, text, text) TO service_role;
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
--> statement-breakpoint
-- saas-schema unit: marketplace/increment_usage sha256:f8953c612a663656f9c9fd6252a5da9851bee17c4790e2740c4ee256cf5bba60
-- Generated from src/modules/marketplace/sql/increment_usage.sql by npm run db:generate: edit that, not this.
CREATE OR REPLACE FUNCTION public.increment_usage(
  user_id uuid,
  plugin_id text,
  period text,
  metric text,
  increment integer DEFAULT 1
)
RETURNS bigint
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_column
DECLARE
  new_count bigint;
BEGIN
  INSERT INTO public.usage_aggregates AS a (user_id, plugin_id, period, metric, count)
  VALUES (
    increment_usage.user_id,
    increment_usage.plugin_id,
    increment_usage.period,
    increment_usage.metric,
    increment_usage.increment
  )
  ON CONFLICT (user_id, plugin_id, period, metric)
  DO UPDATE SET count = a.count + excluded.count
  RETURNING a.count INTO new_count;
  RETURN new_count;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION public.increment_usage(uuid, text, text, text, integer)
  FROM PUBLIC, anon, authenticated, service_role;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION public.increment_usage(uuid, text, text, text, integer) TO service_role;
--> statement-breakpoint
-- saas-schema unit: marketplace/issue_license sha256:456ce67f970643838e8ad5202a45ad5658747f83fbe78e981dc48e9e76bab2ca
-- Generated from src/modules/marketplace/sql/issue_license.sql by npm run db:generate: edit that, not this.
CREATE OR REPLACE FUNCTION public.issue_license(
  user_id uuid,
  plugin_id text,
  subscription_id uuid DEFAULT NULL,
  expires_at timestamptz DEFAULT NULL
)
RETURNS TABLE (license_id uuid, license_key text, key_prefix text)
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_column
DECLARE
  new_key text := 'mkp_' || pg_catalog.replace(pg_catalog.gen_random_uuid()::text || pg_catalog.gen_random_uuid()::text, '-', '');
  new_id uuid;
BEGIN
  INSERT INTO public.licenses AS l (user_id, plugin_id, subscription_id, key_prefix, key_hash, expires_at)
  VALUES (issue_license.user_id, issue_license.plugin_id, issue_license.subscription_id,
    pg_catalog.left(new_key, 10), saas_private.license_key_hash(new_key), issue_license.expires_at)
  RETURNING l.id INTO new_id;
  RETURN QUERY SELECT new_id, new_key, pg_catalog.left(new_key, 10);
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION public.issue_license(uuid, text, uuid, timestamptz) FROM PUBLIC, anon, authenticated, service_role;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION public.issue_license(uuid, text, uuid, timestamptz) TO service_role;
--> statement-breakpoint
-- saas-schema unit: marketplace/license_key_hash sha256:df985d7075f536a11514bbe0a7b08878c88dd478e0e64b3c5cdc50ca27690382
-- Generated from src/modules/marketplace/sql/license_key_hash.sql by npm run db:generate: edit that, not this.
CREATE OR REPLACE FUNCTION saas_private.license_key_hash(license_key text)
RETURNS text
LANGUAGE sql IMMUTABLE
SET search_path = pg_catalog, pg_temp
AS $$
  SELECT pg_catalog.encode(pg_catalog.sha256(pg_catalog.convert_to(license_key, 'UTF8')), 'hex')
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION saas_private.license_key_hash(text) FROM PUBLIC, anon, authenticated, service_role;
--> statement-breakpoint
-- saas-schema unit: marketplace/plugin_reviews_rating sha256:b3dd6b1ada3c02fd0c877f289d0bdd9b5edab268b6f4d66b15c78ade3dc3f736
-- Generated from src/modules/marketplace/sql/plugin_reviews_rating.sql by npm run db:generate: edit that, not this.
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
--> statement-breakpoint
REVOKE ALL ON FUNCTION saas_private.refresh_plugin_rating() FROM PUBLIC, anon, authenticated, service_role;
--> statement-breakpoint
CREATE OR REPLACE TRIGGER refresh_plugin_rating
  AFTER INSERT OR UPDATE OR DELETE ON public.plugin_reviews
  FOR EACH ROW EXECUTE FUNCTION saas_private.refresh_plugin_rating();
--> statement-breakpoint
-- saas-schema unit: marketplace/revoke_license sha256:749a02425c9a0f180adb2cc8998d22e2a9131004b8bf57e727df413a078443cf
-- Generated from src/modules/marketplace/sql/revoke_license.sql by npm run db:generate: edit that, not this.
CREATE OR REPLACE FUNCTION public.revoke_license(license_id uuid, reason text, revoked_by uuid DEFAULT NULL)
RETURNS void
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  target public.licenses;
BEGIN
  IF reason IS NULL OR pg_catalog.btrim(reason) = '' THEN
    RAISE EXCEPTION 'a revocation needs a reason' USING ERRCODE = 'invalid_parameter_value';
  END IF;
  UPDATE public.licenses l SET status = 'revoked' WHERE l.id = revoke_license.license_id
  RETURNING l.* INTO target;
  IF target.id IS NULL THEN
    RAISE EXCEPTION 'unknown license %', revoke_license.license_id USING ERRCODE = 'no_data_found';
  END IF;
  INSERT INTO public.revoked_licenses (license_id, key_hash, reason, revoked_by)
  VALUES (target.id, target.key_hash, revoke_license.reason, revoke_license.revoked_by)
  ON CONFLICT DO NOTHING;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION public.revoke_license(uuid, text, uuid) FROM PUBLIC, anon, authenticated, service_role;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION public.revoke_license(uuid, text, uuid) TO service_role;
--> statement-breakpoint
-- saas-schema unit: marketplace/rollup_usage_events sha256:c9c06a9345af21d948809e3a92d7c3515c258a771c921c885274c4fc9ba484ba
-- Generated from src/modules/marketplace/sql/rollup_usage_events.sql by npm run db:generate: edit that, not this.
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
--> statement-breakpoint
REVOKE ALL ON FUNCTION public.rollup_usage_events(text) FROM PUBLIC, anon, authenticated, service_role;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION public.rollup_usage_events(text) TO service_role;
--> statement-breakpoint
-- saas-schema unit: marketplace/search_plugins sha256:6898f51a395c095fa99e2735302e589c74b46f34192833196f809b0fa9aba391
-- Generated from src/modules/marketplace/sql/search_plugins.sql by npm run db:generate: edit that, not this.
CREATE OR REPLACE FUNCTION public.search_plugins(
  search text DEFAULT NULL,
  tier public.plugin_tier DEFAULT NULL,
  category text DEFAULT NULL,
  tag text DEFAULT NULL,
  sort text DEFAULT 'downloads',
  max_results integer DEFAULT 20
)
RETURNS SETOF public.plugins
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  order_by text := CASE sort
    WHEN 'downloads' THEN 'p.downloads DESC, p.id'
    WHEN 'rating' THEN 'p.rating DESC, p.id'
    WHEN 'newest' THEN 'p.created_at DESC, p.id'
  END;
BEGIN
  IF order_by IS NULL THEN
    RAISE EXCEPTION 'sort must be downloads, rating or newest' USING ERRCODE = 'invalid_parameter_value';
  ELSIF max_results IS NULL OR max_results NOT BETWEEN 1 AND 100 THEN
    RAISE EXCEPTION 'max_results must be 1 to 100' USING ERRCODE = 'invalid_parameter_value';
  END IF;
  RETURN QUERY EXECUTE
    'SELECT p.* FROM public.plugins p WHERE p.status = ''published'''
    || CASE WHEN search IS NOT NULL THEN
      ' AND to_tsvector(''simple'', p.display_name || '' '' || coalesce(p.description, '''')) @@ plainto_tsquery(''simple'', $1)'
      ELSE '' END
    || CASE WHEN tier IS NOT NULL THEN ' AND p.tier = $2' ELSE '' END
    || CASE WHEN category IS NOT NULL THEN ' AND p.category = $3' ELSE '' END
    || CASE WHEN tag IS NOT NULL THEN ' AND p.tags @> ARRAY[$4]' ELSE '' END
    || ' ORDER BY ' || order_by || ' LIMIT $5'
  USING search, tier, category, tag, max_results;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION public.search_plugins(text, public.plugin_tier, text, text, text, integer)
  FROM PUBLIC, anon, authenticated, service_role;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION public.search_plugins(text, public.plugin_tier, text, text, text, integer)
  TO anon, authenticated, service_role;
--> statement-breakpoint
-- saas-schema unit: marketplace/start_plugin_trial sha256:14f90e6109fbcb945157856e3f938fa75f9ec7d4a9ba9b4916b97fe90c93cdac
-- Generated from src/modules/marketplace/sql/start_plugin_trial.sql by npm run db:generate: edit that, not this.
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
--> statement-breakpoint
REVOKE ALL ON FUNCTION public.start_plugin_trial(uuid, text, integer) FROM PUBLIC, anon, authenticated, service_role;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION public.start_plugin_trial(uuid, text, integer) TO service_role;
--> statement-breakpoint
-- saas-schema unit: marketplace/update_plugin_rating sha256:1459e25c4edce6a1a1cb250936549174c6eaa107641e7e80c49878ff3700830d
-- Generated from src/modules/marketplace/sql/update_plugin_rating.sql by npm run db:generate: edit that, not this.
CREATE OR REPLACE FUNCTION public.update_plugin_rating(plugin_id text)
RETURNS numeric
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  new_rating numeric;
BEGIN
  PERFORM 1 FROM public.plugins p WHERE p.id = update_plugin_rating.plugin_id FOR NO KEY UPDATE;
  UPDATE public.plugins p SET
    rating = coalesce(r.average, 0),
    review_count = r.reviews
  FROM (
    SELECT round(avg(v.rating), 2) AS average, count(*)::integer AS reviews
    FROM public.plugin_reviews v WHERE v.plugin_id = update_plugin_rating.plugin_id
  ) r
  WHERE p.id = update_plugin_rating.plugin_id
  RETURNING p.rating INTO new_rating;
  RETURN new_rating;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION public.update_plugin_rating(text) FROM PUBLIC, anon, authenticated, service_role;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION public.update_plugin_rating(text) TO service_role;
--> statement-breakpoint
-- saas-schema unit: marketplace/verify_license sha256:63a8d64eb35e7709e3baa4c4a882cab4b1651a4d74dce1a85608469d945db41c
-- Generated from src/modules/marketplace/sql/verify_license.sql by npm run db:generate: edit that, not this.
CREATE OR REPLACE FUNCTION public.verify_license(license_key text, expected_plugin_id text DEFAULT NULL)
RETURNS TABLE (
  verdict text,
  reason text,
  license_id uuid,
  user_id uuid,
  plugin_id text,
  expires_at timestamptz
)
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_variable
DECLARE
  key_hash text := saas_private.license_key_hash(license_key);
  found public.licenses;
  revocation public.revoked_licenses;
BEGIN
  SELECT * INTO revocation FROM public.revoked_licenses r WHERE r.key_hash = key_hash;
  SELECT * INTO found FROM public.licenses l WHERE l.key_hash = key_hash;
  IF found.id IS NULL AND revocation.license_id IS NULL THEN
    RETURN QUERY SELECT 'unknown'::text, 'no license has this key'::text, NULL::uuid, NULL::uuid, NULL::text, NULL::timestamptz;
  ELSIF revocation.license_id IS NOT NULL OR found.status = 'revoked' THEN
    RETURN QUERY SELECT 'revoked'::text,
      coalesce('revoked: ' || revocation.reason, 'revoked')::text, found.id, found.user_id, found.plugin_id, found.expires_at;
  ELSIF expected_plugin_id IS NOT NULL AND found.plugin_id <> expected_plugin_id THEN
    RETURN QUERY SELECT 'unknown'::text, 'the key is not a license for this plugin'::text, NULL::uuid, NULL::uuid, NULL::text, NULL::timestamptz;
  ELSIF found.expires_at IS NOT NULL AND found.expires_at <= now() THEN
    RETURN QUERY SELECT 'expired'::text, ('expired at ' || found.expires_at::text)::text, found.id, found.user_id, found.plugin_id, found.expires_at;
  ELSE
    RETURN QUERY SELECT 'valid'::text, 'valid'::text, found.id, found.user_id, found.plugin_id, found.expires_at;
  END IF;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION public.verify_license(text, text) FROM PUBLIC, anon, authenticated, service_role;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION public.verify_license(text, text) TO service_role;
--> statement-breakpoint
-- saas-schema unit: marketplace/licenses.access sha256:fe39ec5aaa7858e13120861948c045e50381b830018c95f89ae73d8da7802258
-- Generated from the access declaration of licenses (src/modules/marketplace) by npm run db:generate: edit that, not this.
REVOKE ALL ON TABLE public.licenses FROM PUBLIC, anon, authenticated, service_role, saas_admin;
--> statement-breakpoint
GRANT SELECT ON TABLE public.licenses TO authenticated;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE public.licenses TO service_role;
--> statement-breakpoint
CREATE OR REPLACE TRIGGER set_updated_at BEFORE UPDATE ON public.licenses
  FOR EACH ROW EXECUTE FUNCTION saas_private.set_updated_at();
--> statement-breakpoint
-- saas-schema unit: marketplace/logs.access sha256:bf8162d64b10c01890b2941e4a8b0f0987e9d99b5c4138db5c81b521cb3ab332
-- Generated from the access declaration of logs (src/modules/marketplace) by npm run db:generate: edit that, not this.
REVOKE ALL ON TABLE public.logs FROM PUBLIC, anon, authenticated, service_role, saas_admin;
--> statement-breakpoint
GRANT SELECT ON TABLE public.logs TO authenticated;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE public.logs TO service_role;
--> statement-breakpoint
-- saas-schema unit: marketplace/notification_preferences.access sha256:07f089cdb2c7e49def56730a802f208f482c24d4dbc0be3657ac678935e99345
-- Generated from the access declaration of notification_preferences (src/modules/marketplace) by npm run db:generate: edit that, not this.
REVOKE ALL ON TABLE public.notification_preferences FROM PUBLIC, anon, authenticated, service_role, saas_admin;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE public.notification_preferences TO authenticated;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE public.notification_preferences TO service_role;
--> statement-breakpoint
CREATE OR REPLACE TRIGGER set_updated_at BEFORE UPDATE ON public.notification_preferences
  FOR EACH ROW EXECUTE FUNCTION saas_private.set_updated_at();
--> statement-breakpoint
-- saas-schema unit: marketplace/plugin_reviews.access sha256:cf02e13784a2d72cd886b6ba66466f8c6cb014e0061cda85ed1c237fd6b7ba72
-- Generated from the access declaration of plugin_reviews (src/modules/marketplace) by npm run db:generate: edit that, not this.
REVOKE ALL ON TABLE public.plugin_reviews FROM PUBLIC, anon, authenticated, service_role, saas_admin;
--> statement-breakpoint
GRANT SELECT ON TABLE public.plugin_reviews TO anon;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE public.plugin_reviews TO authenticated;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE public.plugin_reviews TO service_role;
--> statement-breakpoint
CREATE OR REPLACE TRIGGER set_updated_at BEFORE UPDATE ON public.plugin_reviews
  FOR EACH ROW EXECUTE FUNCTION saas_private.set_updated_at();
--> statement-breakpoint
CREATE OR REPLACE TRIGGER guard_columns BEFORE UPDATE OF plugin_id, created_at ON public.plugin_reviews
  FOR EACH ROW EXECUTE FUNCTION saas_private.guard_columns('plugin_id:service', 'created_at:service');
--> statement-breakpoint
-- saas-schema unit: marketplace/plugin_submissions.access sha256:4aa7dcbaf074130678f9002df9b2babb084ae65c3af5ad446cecfcfc8ec88d06
-- Generated from the access declaration of plugin_submissions (src/modules/marketplace) by npm run db:generate: edit that, not this.
REVOKE ALL ON TABLE public.plugin_submissions FROM PUBLIC, anon, authenticated, service_role, saas_admin;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON TABLE public.plugin_submissions TO authenticated;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE public.plugin_submissions TO service_role;
--> statement-breakpoint
CREATE OR REPLACE TRIGGER set_updated_at BEFORE UPDATE ON public.plugin_submissions
  FOR EACH ROW EXECUTE FUNCTION saas_private.set_updated_at();
--> statement-breakpoint
-- saas-schema unit: marketplace/plugins.access sha256:713d7da6d8a8452507a5833f3b3955faa4cb1cb01673fbb2727796e2aab41c6e
-- Generated from the access declaration of plugins (src/modules/marketplace) by npm run db:generate: edit that, not this.
REVOKE ALL ON TABLE public.plugins FROM PUBLIC, anon, authenticated, service_role, saas_admin;
--> statement-breakpoint
GRANT SELECT ON TABLE public.plugins TO anon;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE public.plugins TO authenticated;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE public.plugins TO service_role;
--> statement-breakpoint
CREATE OR REPLACE TRIGGER set_updated_at BEFORE UPDATE ON public.plugins
  FOR EACH ROW EXECUTE FUNCTION saas_private.set_updated_at();
--> statement-breakpoint
CREATE OR REPLACE TRIGGER guard_columns BEFORE UPDATE OF id, author_id, status, tier, price, currency, billing_interval, downloads, rating, review_count, created_at ON public.plugins
  FOR EACH ROW EXECUTE FUNCTION saas_private.guard_columns('id:admin', 'author_id:admin', 'status:admin', 'tier:admin', 'price:admin', 'currency:admin', 'billing_interval:admin', 'downloads:service', 'rating:service', 'review_count:service', 'created_at:service');
--> statement-breakpoint
-- saas-schema unit: marketplace/revoked_licenses.access sha256:cb74f19ff5b38ea56b7fc9ef6f26d7b51fb1ee847e4a0eb3572d097b4f35bbe0
-- Generated from the access declaration of revoked_licenses (src/modules/marketplace) by npm run db:generate: edit that, not this.
REVOKE ALL ON TABLE public.revoked_licenses FROM PUBLIC, anon, authenticated, service_role, saas_admin;
--> statement-breakpoint
GRANT SELECT ON TABLE public.revoked_licenses TO authenticated;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE public.revoked_licenses TO service_role;
--> statement-breakpoint
-- saas-schema unit: marketplace/trials.access sha256:6b6362e0d91baeb382fdc979dfbb3d3cc8fbee35af70cb3967a84ef850d826db
-- Generated from the access declaration of trials (src/modules/marketplace) by npm run db:generate: edit that, not this.
REVOKE ALL ON TABLE public.trials FROM PUBLIC, anon, authenticated, service_role, saas_admin;
--> statement-breakpoint
GRANT SELECT ON TABLE public.trials TO authenticated;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE public.trials TO service_role;
--> statement-breakpoint
CREATE OR REPLACE TRIGGER set_updated_at BEFORE UPDATE ON public.trials
  FOR EACH ROW EXECUTE FUNCTION saas_private.set_updated_at();
--> statement-breakpoint
-- saas-schema unit: marketplace/usage_aggregates.access sha256:f7b0cf0874ab018b65eb05d96f762ad14c58b27f1e1ed4c6570d29a6572db406
-- Generated from the access declaration of usage_aggregates (src/modules/marketplace) by npm run db:generate: edit that, not this.
REVOKE ALL ON TABLE public.usage_aggregates FROM PUBLIC, anon, authenticated, service_role, saas_admin;
--> statement-breakpoint
GRANT SELECT ON TABLE public.usage_aggregates TO authenticated;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE public.usage_aggregates TO service_role;
--> statement-breakpoint
CREATE OR REPLACE TRIGGER set_updated_at BEFORE UPDATE ON public.usage_aggregates
  FOR EACH ROW EXECUTE FUNCTION saas_private.set_updated_at();
--> statement-breakpoint
-- saas-schema unit: marketplace/usage_events.access sha256:6227be7c2a8aba6692caa76d982b7f60fb397fd96d84045547493a5805a491a9
-- Generated from the access declaration of usage_events (src/modules/marketplace) by npm run db:generate: edit that, not this.
REVOKE ALL ON TABLE public.usage_events FROM PUBLIC, anon, authenticated, service_role, saas_admin;
--> statement-breakpoint
GRANT SELECT ON TABLE public.usage_events TO authenticated;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE public.usage_events TO service_role;
--> statement-breakpoint
-- saas-schema unit: marketplace/webhook_events.access sha256:cd727874b97ca62862ead8eb9cf99179fca3dad2d4e2e7d80796ae0125a298ce
-- Generated from the access declaration of webhook_events (src/modules/marketplace) by npm run db:generate: edit that, not this.
REVOKE ALL ON TABLE public.webhook_events FROM PUBLIC, anon, authenticated, service_role, saas_admin;
--> statement-breakpoint
GRANT SELECT ON TABLE public.webhook_events TO authenticated;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE public.webhook_events TO service_role;
