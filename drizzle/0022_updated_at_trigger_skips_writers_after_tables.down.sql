-- saas-schema unit: billing/increment_usage_counter sha256:84be4363f176e1c87bcc20bf109ce688bceaea18bb8e8af04d8ba749005dbc3c
-- Generated from src/modules/billing/sql/increment_usage_counter.sql by npm run db:generate: edit that, not this.
CREATE OR REPLACE FUNCTION public.increment_usage_counter(
  user_id uuid,
  metric text,
  amount integer DEFAULT 1,
  window_start timestamptz DEFAULT date_trunc('day', now(), 'UTC'),
  window_end timestamptz DEFAULT NULL
)
RETURNS integer
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
#variable_conflict use_column
DECLARE
  new_count integer;
BEGIN
  INSERT INTO public.usage_counters AS c (user_id, metric, count, window_start, window_end)
  VALUES (
    increment_usage_counter.user_id,
    increment_usage_counter.metric,
    increment_usage_counter.amount,
    increment_usage_counter.window_start,
    coalesce(increment_usage_counter.window_end, increment_usage_counter.window_start + interval '1 day')
  )
  ON CONFLICT (user_id, metric, window_start)
  DO UPDATE SET count = c.count + excluded.count
  RETURNING c.count INTO new_count;
  RETURN new_count;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION public.increment_usage_counter(uuid, text, integer, timestamptz, timestamptz)
  FROM PUBLIC, anon, authenticated, service_role;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION public.increment_usage_counter(uuid, text, integer, timestamptz, timestamptz)
  TO service_role;
--> statement-breakpoint
-- saas-schema unit: core/user_credentials.access sha256:aada954ac495d6a6698c886c7eef089783687ca97b6f4708aa30c2172bd14e53
-- Generated from the access declaration of user_credentials (src/modules/core) by npm run db:generate: edit that, not this.
REVOKE ALL ON TABLE public.user_credentials FROM PUBLIC, anon, authenticated, service_role, saas_admin;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE public.user_credentials TO service_role;
--> statement-breakpoint
CREATE OR REPLACE TRIGGER set_updated_at BEFORE UPDATE ON public.user_credentials
  FOR EACH ROW EXECUTE FUNCTION saas_private.set_updated_at();
--> statement-breakpoint
-- saas-schema unit: core/users.access sha256:caa6ed920cd65b5532459153b8d9ca19f81f1c8ac1a589cb6fdd10704222b61e
-- Generated from the access declaration of users (src/modules/core) by npm run db:generate: edit that, not this.
REVOKE ALL ON TABLE public.users FROM PUBLIC, anon, authenticated, service_role, saas_admin;
--> statement-breakpoint
GRANT SELECT, UPDATE, DELETE ON TABLE public.users TO authenticated;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE public.users TO service_role;
--> statement-breakpoint
CREATE OR REPLACE TRIGGER set_updated_at BEFORE UPDATE ON public.users
  FOR EACH ROW EXECUTE FUNCTION saas_private.set_updated_at();
--> statement-breakpoint
CREATE OR REPLACE TRIGGER guard_columns BEFORE UPDATE OF email, role, billing_provider, billing_customer_id, external_auth_id, last_sign_in_at, created_at ON public.users
  FOR EACH ROW EXECUTE FUNCTION saas_private.guard_columns('email:service', 'role:admin', 'billing_provider:service', 'billing_customer_id:service', 'external_auth_id:service', 'last_sign_in_at:service', 'created_at:service');
--> statement-breakpoint
-- saas-schema unit: billing/features.access sha256:3f588071355986be67531beb5a956993ba2c8d2ca1a4ec00607ed3e167e299bb
-- Generated from the access declaration of features (src/modules/billing) by npm run db:generate: edit that, not this.
REVOKE ALL ON TABLE public.features FROM PUBLIC, anon, authenticated, service_role, saas_admin;
--> statement-breakpoint
GRANT SELECT ON TABLE public.features TO anon;
--> statement-breakpoint
GRANT SELECT ON TABLE public.features TO authenticated;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE public.features TO service_role;
--> statement-breakpoint
CREATE OR REPLACE TRIGGER set_updated_at BEFORE UPDATE ON public.features
  FOR EACH ROW EXECUTE FUNCTION saas_private.set_updated_at();
--> statement-breakpoint
-- saas-schema unit: billing/invoices.access sha256:e546e9ac7fcfa55f3d1c7ba14a91738bfebcd4f56c322abb289c7e6f8b20dbd5
-- Generated from the access declaration of invoices (src/modules/billing) by npm run db:generate: edit that, not this.
REVOKE ALL ON TABLE public.invoices FROM PUBLIC, anon, authenticated, service_role, saas_admin;
--> statement-breakpoint
GRANT SELECT ON TABLE public.invoices TO authenticated;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE public.invoices TO service_role;
--> statement-breakpoint
CREATE OR REPLACE TRIGGER set_updated_at BEFORE UPDATE ON public.invoices
  FOR EACH ROW EXECUTE FUNCTION saas_private.set_updated_at();
--> statement-breakpoint
-- saas-schema unit: billing/plan_features.access sha256:529b1c457d27c625d9115084cd7c96341508a4f66e90b53738f223d1149c906f
-- Generated from the access declaration of plan_features (src/modules/billing) by npm run db:generate: edit that, not this.
REVOKE ALL ON TABLE public.plan_features FROM PUBLIC, anon, authenticated, service_role, saas_admin;
--> statement-breakpoint
GRANT SELECT ON TABLE public.plan_features TO anon;
--> statement-breakpoint
GRANT SELECT ON TABLE public.plan_features TO authenticated;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE public.plan_features TO service_role;
--> statement-breakpoint
CREATE OR REPLACE TRIGGER set_updated_at BEFORE UPDATE ON public.plan_features
  FOR EACH ROW EXECUTE FUNCTION saas_private.set_updated_at();
--> statement-breakpoint
-- saas-schema unit: billing/plans.access sha256:afe66149ddf546c9a03fcf46ee80ac550cecb61dac3805088b49c19793093335
-- Generated from the access declaration of plans (src/modules/billing) by npm run db:generate: edit that, not this.
REVOKE ALL ON TABLE public.plans FROM PUBLIC, anon, authenticated, service_role, saas_admin;
--> statement-breakpoint
GRANT SELECT ON TABLE public.plans TO anon;
--> statement-breakpoint
GRANT SELECT ON TABLE public.plans TO authenticated;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE public.plans TO service_role;
--> statement-breakpoint
CREATE OR REPLACE TRIGGER set_updated_at BEFORE UPDATE ON public.plans
  FOR EACH ROW EXECUTE FUNCTION saas_private.set_updated_at();
--> statement-breakpoint
-- saas-schema unit: billing/subscriptions.access sha256:47f3a5a41d2e1bb6ec6ff6183c7e1e618fb4a0362242c628f19cf63bc5ea89a1
-- Generated from the access declaration of subscriptions (src/modules/billing) by npm run db:generate: edit that, not this.
REVOKE ALL ON TABLE public.subscriptions FROM PUBLIC, anon, authenticated, service_role, saas_admin;
--> statement-breakpoint
GRANT SELECT ON TABLE public.subscriptions TO authenticated;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE public.subscriptions TO service_role;
--> statement-breakpoint
CREATE OR REPLACE TRIGGER set_updated_at BEFORE UPDATE ON public.subscriptions
  FOR EACH ROW EXECUTE FUNCTION saas_private.set_updated_at();
--> statement-breakpoint
-- saas-schema unit: billing/transactions.access sha256:9dfab3d0599a736a59da81515cc1d68ede76c666df4dff54db3e31f8f16e19d4
-- Generated from the access declaration of transactions (src/modules/billing) by npm run db:generate: edit that, not this.
REVOKE ALL ON TABLE public.transactions FROM PUBLIC, anon, authenticated, service_role, saas_admin;
--> statement-breakpoint
GRANT SELECT ON TABLE public.transactions TO authenticated;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE public.transactions TO service_role;
--> statement-breakpoint
CREATE OR REPLACE TRIGGER set_updated_at BEFORE UPDATE ON public.transactions
  FOR EACH ROW EXECUTE FUNCTION saas_private.set_updated_at();
--> statement-breakpoint
-- saas-schema unit: billing/usage_counters.access sha256:00bd7b4d372bb4caa6c5ec4be2e45da7809be3326175f0c83bdc00166192b0a8
-- Generated from the access declaration of usage_counters (src/modules/billing) by npm run db:generate: edit that, not this.
REVOKE ALL ON TABLE public.usage_counters FROM PUBLIC, anon, authenticated, service_role, saas_admin;
--> statement-breakpoint
GRANT SELECT ON TABLE public.usage_counters TO authenticated;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE public.usage_counters TO service_role;
--> statement-breakpoint
CREATE OR REPLACE TRIGGER set_updated_at BEFORE UPDATE ON public.usage_counters
  FOR EACH ROW EXECUTE FUNCTION saas_private.set_updated_at();
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
