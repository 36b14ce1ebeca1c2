-- saas-schema unit: billing/increment_usage_counter sha256:8a8ea7982c95f94f74a57aa773aeda742560a3a4c4d86790c75bddf867f8a865
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
  DO UPDATE SET count = c.count + excluded.count, updated_at = now() -- now(): skips the trigger
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
-- saas-schema unit: marketplace/increment_agent_execution sha256:7152abfe72d0b802843a910baaa58bb8f0c6a9aff7b19248998c7f9d00854f18
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
    updated_at = now(), -- skips the updated_at trigger
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
-- saas-schema unit: marketplace/increment_usage sha256:ecc827f0ff331c52edb0818c3d551e90f0a6a28f4c099f7194a191cc8f6632ad
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
  DO UPDATE SET count = a.count + excluded.count, updated_at = now() -- now(): skips the trigger
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
-- saas-schema unit: core/user_credentials.access sha256:d5dc05a2295b506b9d0ab53c73d7b3f0142db5fdb3c62bd961dc092afdb82c2b
-- Generated from the access declaration of user_credentials (src/modules/core) by npm run db:generate: edit that, not this.
REVOKE ALL ON TABLE public.user_credentials FROM PUBLIC, anon, authenticated, service_role, saas_admin;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE public.user_credentials TO service_role;
--> statement-breakpoint
CREATE OR REPLACE TRIGGER set_updated_at BEFORE UPDATE ON public.user_credentials
  FOR EACH ROW WHEN (NEW.updated_at IS DISTINCT FROM pg_catalog.now())
  EXECUTE FUNCTION saas_private.set_updated_at();
--> statement-breakpoint
-- saas-schema unit: core/users.access sha256:6a849f900188b04468feb24ea95da2c1744fd2df1758d267d1cf079f53b83a3e
-- Generated from the access declaration of users (src/modules/core) by npm run db:generate: edit that, not this.
REVOKE ALL ON TABLE public.users FROM PUBLIC, anon, authenticated, service_role, saas_admin;
--> statement-breakpoint
GRANT SELECT, UPDATE, DELETE ON TABLE public.users TO authenticated;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE public.users TO service_role;
--> statement-breakpoint
CREATE OR REPLACE TRIGGER set_updated_at BEFORE UPDATE ON public.users
  FOR EACH ROW WHEN (NEW.updated_at IS DISTINCT FROM pg_catalog.now())
  EXECUTE FUNCTION saas_private.set_updated_at();
--> statement-breakpoint
CREATE OR REPLACE TRIGGER guard_columns BEFORE UPDATE OF email, role, billing_provider, billing_customer_id, external_auth_id, last_sign_in_at, created_at ON public.users
  FOR EACH ROW EXECUTE FUNCTION saas_private.guard_columns('email:service', 'role:admin', 'billing_provider:service', 'billing_customer_id:service', 'external_auth_id:service', 'last_sign_in_at:service', 'created_at:service');
--> statement-breakpoint
-- saas-schema unit: billing/features.access sha256:ba178bb4a15d2c23c70bc6cad87370726c06c05fe8f1d240b599e6dbefb4b409
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
  FOR EACH ROW WHEN (NEW.updated_at IS DISTINCT FROM pg_catalog.now())
  EXECUTE FUNCTION saas_private.set_updated_at();
--> statement-breakpoint
-- saas-schema unit: billing/invoices.access sha256:ccc09f19f3ce496aa78c7cfaee6f6140b45d110dc514e62ff104ff406b16fa01
-- Generated from the access declaration of invoices (src/modules/billing) by npm run db:generate: edit that, not this.
REVOKE ALL ON TABLE public.invoices FROM PUBLIC, anon, authenticated, service_role, saas_admin;
--> statement-breakpoint
GRANT SELECT ON TABLE public.invoices TO authenticated;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE public.invoices TO service_role;
--> statement-breakpoint
CREATE OR REPLACE TRIGGER set_updated_at BEFORE UPDATE ON public.invoices
  FOR EACH ROW WHEN (NEW.updated_at IS DISTINCT FROM pg_catalog.now())
  EXECUTE FUNCTION saas_private.set_updated_at();
--> statement-breakpoint
-- saas-schema unit: billing/plan_features.access sha256:58b2c9f64e8553ccaa258b905199d70beca5e180e4ec16d29c45d67cf928281e
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
  FOR EACH ROW WHEN (NEW.updated_at IS DISTINCT FROM pg_catalog.now())
  EXECUTE FUNCTION saas_private.set_updated_at();
--> statement-breakpoint
-- saas-schema unit: billing/plans.access sha256:38acfb571e4413c4378b839f3a27aa9ab5a4d0cc3da0afa25bc168ab1e304d01
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
  FOR EACH ROW WHEN (NEW.updated_at IS DISTINCT FROM pg_catalog.now())
  EXECUTE FUNCTION saas_private.set_updated_at();
--> statement-breakpoint
-- saas-schema unit: billing/subscriptions.access sha256:2bebb335dd271484964f245541c6af433eecabe9eb44d2e91407a7db93b06473
-- Generated from the access declaration of subscriptions (src/modules/billing) by npm run db:generate: edit that, not this.
REVOKE ALL ON TABLE public.subscriptions FROM PUBLIC, anon, authenticated, service_role, saas_admin;
--> statement-breakpoint
GRANT SELECT ON TABLE public.subscriptions TO authenticated;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE public.subscriptions TO service_role;
--> statement-breakpoint
CREATE OR REPLACE TRIGGER set_updated_at BEFORE UPDATE ON public.subscriptions
  FOR EACH ROW WHEN (NEW.updated_at IS DISTINCT FROM pg_catalog.now())
  EXECUTE FUNCTION saas_private.set_updated_at();
--> statement-breakpoint
-- saas-schema unit: billing/transactions.access sha256:afc0aa665f445881e55a0392936b256edcbae138915f535d9bd061f03799464f
-- Generated from the access declaration of transactions (src/modules/billing) by npm run db:generate: edit that, not this.
REVOKE ALL ON TABLE public.transactions FROM PUBLIC, anon, authenticated, service_role, saas_admin;
--> statement-breakpoint
GRANT SELECT ON TABLE public.transactions TO authenticated;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE public.transactions TO service_role;
--> statement-breakpoint
CREATE OR REPLACE TRIGGER set_updated_at BEFORE UPDATE ON public.transactions
  FOR EACH ROW WHEN (NEW.updated_at IS DISTINCT FROM pg_catalog.now())
  EXECUTE FUNCTION saas_private.set_updated_at();
--> statement-breakpoint
-- saas-schema unit: billing/usage_counters.access sha256:2a96418b14810d8f07633c047a08db1a440c7f2f3eb3124d0dcada653fe750fc
-- Generated from the access declaration of usage_counters (src/modules/billing) by npm run db:generate: edit that, not this.
REVOKE ALL ON TABLE public.usage_counters FROM PUBLIC, anon, authenticated, service_role, saas_admin;
--> statement-breakpoint
GRANT SELECT ON TABLE public.usage_counters TO authenticated;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE public.usage_counters TO service_role;
--> statement-breakpoint
CREATE OR REPLACE TRIGGER set_updated_at BEFORE UPDATE ON public.usage_counters
  FOR EACH ROW WHEN (NEW.updated_at IS DISTINCT FROM pg_catalog.now())
  EXECUTE FUNCTION saas_private.set_updated_at();
--> statement-breakpoint
-- saas-schema unit: marketplace/licenses.access sha256:b7470ae81dab3ac51eb49cab1db5346ce45e4d15bf09a2d8535052c235d3ace5
-- Generated from the access declaration of licenses (src/modules/marketplace) by npm run db:generate: edit that, not this.
REVOKE ALL ON TABLE public.licenses FROM PUBLIC, anon, authenticated, service_role, saas_admin;
--> statement-breakpoint
GRANT SELECT ON TABLE public.licenses TO authenticated;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE public.licenses TO service_role;
--> statement-breakpoint
CREATE OR REPLACE TRIGGER set_updated_at BEFORE UPDATE ON public.licenses
  FOR EACH ROW WHEN (NEW.updated_at IS DISTINCT FROM pg_catalog.now())
  EXECUTE FUNCTION saas_private.set_updated_at();
--> statement-breakpoint
-- saas-schema unit: marketplace/notification_preferences.access sha256:726a90a7f16d3fcc4b320d33580c68fae5d5fc846228f75e6d5d16488786291c
-- Generated from the access declaration of notification_preferences (src/modules/marketplace) by npm run db:generate: edit that, not this.
REVOKE ALL ON TABLE public.notification_preferences FROM PUBLIC, anon, authenticated, service_role, saas_admin;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE public.notification_preferences TO authenticated;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE public.notification_preferences TO service_role;
--> statement-breakpoint
CREATE OR REPLACE TRIGGER set_updated_at BEFORE UPDATE ON public.notification_preferences
  FOR EACH ROW WHEN (NEW.updated_at IS DISTINCT FROM pg_catalog.now())
  EXECUTE FUNCTION saas_private.set_updated_at();
--> statement-breakpoint
-- saas-schema unit: marketplace/plugin_analytics_daily.access sha256:2cf8244c8e8dccd4222813bed46e52ac8e8db500c4485ac30baa8a60a1245d5a
-- Generated from the access declaration of plugin_analytics_daily (src/modules/marketplace) by npm run db:generate: edit that, not this.
REVOKE ALL ON TABLE public.plugin_analytics_daily FROM PUBLIC, anon, authenticated, service_role, saas_admin;
--> statement-breakpoint
GRANT SELECT ON TABLE public.plugin_analytics_daily TO authenticated;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE public.plugin_analytics_daily TO service_role;
--> statement-breakpoint
CREATE OR REPLACE TRIGGER set_updated_at BEFORE UPDATE ON public.plugin_analytics_daily
  FOR EACH ROW WHEN (NEW.updated_at IS DISTINCT FROM pg_catalog.now())
  EXECUTE FUNCTION saas_private.set_updated_at();
--> statement-breakpoint
-- saas-schema unit: marketplace/plugin_reviews.access sha256:bc9c2f8aa5ada2ce3c6cb7c0efe1661309310168b12031a93edcac9b10b2add7
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
  FOR EACH ROW WHEN (NEW.updated_at IS DISTINCT FROM pg_catalog.now())
  EXECUTE FUNCTION saas_private.set_updated_at();
--> statement-breakpoint
CREATE OR REPLACE TRIGGER guard_columns BEFORE UPDATE OF plugin_id, created_at ON public.plugin_reviews
  FOR EACH ROW EXECUTE FUNCTION saas_private.guard_columns('plugin_id:service', 'created_at:service');
--> statement-breakpoint
-- saas-schema unit: marketplace/plugin_submissions.access sha256:f9a38b6df25ea56752d45c4a8bf82b3cd51701d8359643616ca4ccc931e2b4c2
-- Generated from the access declaration of plugin_submissions (src/modules/marketplace) by npm run db:generate: edit that, not this.
REVOKE ALL ON TABLE public.plugin_submissions FROM PUBLIC, anon, authenticated, service_role, saas_admin;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON TABLE public.plugin_submissions TO authenticated;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE public.plugin_submissions TO service_role;
--> statement-breakpoint
CREATE OR REPLACE TRIGGER set_updated_at BEFORE UPDATE ON public.plugin_submissions
  FOR EACH ROW WHEN (NEW.updated_at IS DISTINCT FROM pg_catalog.now())
  EXECUTE FUNCTION saas_private.set_updated_at();
--> statement-breakpoint
-- saas-schema unit: marketplace/plugins.access sha256:9facf974bb9a6d0e4ac6cce976f50558c0518af9abd3a625a3ad861f12b94c4c
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
  FOR EACH ROW WHEN (NEW.updated_at IS DISTINCT FROM pg_catalog.now())
  EXECUTE FUNCTION saas_private.set_updated_at();
--> statement-breakpoint
CREATE OR REPLACE TRIGGER guard_columns BEFORE UPDATE OF id, author_id, status, tier, price, currency, billing_interval, downloads, rating, review_count, created_at ON public.plugins
  FOR EACH ROW EXECUTE FUNCTION saas_private.guard_columns('id:admin', 'author_id:admin', 'status:admin', 'tier:admin', 'price:admin', 'currency:admin', 'billing_interval:admin', 'downloads:service', 'rating:service', 'review_count:service', 'created_at:service');
--> statement-breakpoint
-- saas-schema unit: marketplace/trials.access sha256:4d70f17246dbfd707e6aa2c0222b143b99e6df518d8c06ebfbf2e460f38c6010
-- Generated from the access declaration of trials (src/modules/marketplace) by npm run db:generate: edit that, not this.
REVOKE ALL ON TABLE public.trials FROM PUBLIC, anon, authenticated, service_role, saas_admin;
--> statement-breakpoint
GRANT SELECT ON TABLE public.trials TO authenticated;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE public.trials TO service_role;
--> statement-breakpoint
CREATE OR REPLACE TRIGGER set_updated_at BEFORE UPDATE ON public.trials
  FOR EACH ROW WHEN (NEW.updated_at IS DISTINCT FROM pg_catalog.now())
  EXECUTE FUNCTION saas_private.set_updated_at();
--> statement-breakpoint
-- saas-schema unit: marketplace/usage_aggregates.access sha256:9359527e504a64a37559e59b96efe4e99177c9d0684078b07bfe94b8e095f98b
-- Generated from the access declaration of usage_aggregates (src/modules/marketplace) by npm run db:generate: edit that, not this.
REVOKE ALL ON TABLE public.usage_aggregates FROM PUBLIC, anon, authenticated, service_role, saas_admin;
--> statement-breakpoint
GRANT SELECT ON TABLE public.usage_aggregates TO authenticated;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE public.usage_aggregates TO service_role;
--> statement-breakpoint
CREATE OR REPLACE TRIGGER set_updated_at BEFORE UPDATE ON public.usage_aggregates
  FOR EACH ROW WHEN (NEW.updated_at IS DISTINCT FROM pg_catalog.now())
  EXECUTE FUNCTION saas_private.set_updated_at();
