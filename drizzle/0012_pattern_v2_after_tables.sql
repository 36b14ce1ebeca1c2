-- saas-schema unit: core/access_token_hook sha256:40e008bc59b6d3d3f025e640fc4f75a4107953a0b05bde4e682523e9fc332b53
-- Generated from src/modules/core/sql/access_token_hook.sql by npm run db:generate: edit that, not this.
CREATE OR REPLACE FUNCTION saas_private.access_token_hook(event jsonb)
RETURNS jsonb
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
  IF event #>> '{claims,role}' = 'authenticated' AND EXISTS (
    SELECT 1 FROM public.users WHERE id = (event ->> 'user_id')::uuid AND role = 'admin'
  ) THEN
    RETURN jsonb_set(event, '{claims,role}', '"saas_admin"');
  END IF;
  RETURN event;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION saas_private.access_token_hook(jsonb) FROM PUBLIC, anon, authenticated, service_role;
--> statement-breakpoint
DO $$
BEGIN
  IF EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'supabase_auth_admin') THEN
    GRANT USAGE ON SCHEMA saas_private TO supabase_auth_admin;
    GRANT EXECUTE ON FUNCTION saas_private.access_token_hook(jsonb) TO supabase_auth_admin;
  END IF;
END
$$;
--> statement-breakpoint
-- saas-schema unit: core/assert_self_or_admin sha256:d6a6fa1faa3ca35a2d17c167cfe1f1edc3c15d58393cb17db322e5b7eb71f6be
-- Generated from src/modules/core/sql/assert_self_or_admin.sql by npm run db:generate: edit that, not this.
CREATE OR REPLACE FUNCTION saas_private.assert_self_or_admin(target_user_id uuid)
RETURNS void
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
  IF NOT saas_private.is_trusted_role()
     AND target_user_id IS DISTINCT FROM auth.uid()
     AND NOT saas_private.is_admin() THEN
    RAISE EXCEPTION 'a user can only look at their own subscription, permissions and usage'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION saas_private.assert_self_or_admin(uuid) FROM PUBLIC, anon, authenticated, service_role;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION saas_private.assert_self_or_admin(uuid) TO authenticated, service_role;
--> statement-breakpoint
-- saas-schema unit: core/backfill_users sha256:2eefd62887f22e676bd1904ad17e475bd142872ecf1adc2d0f1ae749b9d0c144
-- Generated from src/modules/core/sql/backfill_users.sql by npm run db:generate: edit that, not this.
INSERT INTO public.users (id, email, display_name, avatar_url, last_sign_in_at)
SELECT
  a.id,
  a.email,
  saas_private.display_name_from_metadata(a.raw_user_meta_data),
  a.raw_user_meta_data ->> 'avatar_url',
  a.last_sign_in_at
FROM auth.users a
ON CONFLICT (id) DO NOTHING;
--> statement-breakpoint
-- saas-schema unit: core/guard_user_role sha256:91782f6fc7ac67649ae77c73b8398a44d4e82038955edfbc7d72ec80c0e9c2f3
-- Generated from src/modules/core/sql/guard_user_role.sql by npm run db:generate: edit that, not this.
DROP TRIGGER IF EXISTS guard_user_role ON public.users;
--> statement-breakpoint
DROP FUNCTION IF EXISTS saas_private.guard_user_role();
--> statement-breakpoint
-- saas-schema unit: core/handle_new_auth_user sha256:9c581d43da019d307446116bdc3d12cc4f6b453fafdaf58c251156cd7a6d35e3
-- Generated from src/modules/core/sql/handle_new_auth_user.sql by npm run db:generate: edit that, not this.
CREATE OR REPLACE FUNCTION saas_private.handle_new_auth_user()
RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
  INSERT INTO public.users (id, email, display_name, avatar_url, last_sign_in_at)
  VALUES (
    NEW.id,
    NEW.email,
    saas_private.display_name_from_metadata(NEW.raw_user_meta_data),
    NEW.raw_user_meta_data ->> 'avatar_url',
    NEW.last_sign_in_at
  )
  ON CONFLICT (id) DO NOTHING;
  RETURN NEW;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION saas_private.handle_new_auth_user() FROM PUBLIC, anon, authenticated, service_role;
--> statement-breakpoint
CREATE OR REPLACE TRIGGER saas_on_auth_user_created
  AFTER INSERT ON auth.users
  FOR EACH ROW EXECUTE FUNCTION saas_private.handle_new_auth_user();
--> statement-breakpoint
-- saas-schema unit: core/move_password_hashes sha256:945b5eb53c7261ba351c0ff9f014aa037f4a1e67f85752b4e56864479cb3085a
-- Generated from src/modules/core/sql/move_password_hashes.sql by npm run db:generate: edit that, not this.
INSERT INTO public.user_credentials (user_id, password_hash)
SELECT u.id, u.password_hash FROM public.users u WHERE u.password_hash IS NOT NULL
ON CONFLICT (user_id) DO NOTHING;
--> statement-breakpoint
-- saas-schema unit: core/sync_auth_user sha256:9bea807dc6baa8767aa4d7e73ebac434cdd9d6091f57a26a9bb8809ecffab454
-- Generated from src/modules/core/sql/sync_auth_user.sql by npm run db:generate: edit that, not this.
DROP TRIGGER IF EXISTS saas_on_auth_user_email_changed ON auth.users;
--> statement-breakpoint
DROP FUNCTION IF EXISTS saas_private.sync_auth_user_email();
--> statement-breakpoint
CREATE OR REPLACE FUNCTION saas_private.sync_auth_user()
RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  old_name text := saas_private.display_name_from_metadata(OLD.raw_user_meta_data);
  new_name text := saas_private.display_name_from_metadata(NEW.raw_user_meta_data);
  old_avatar text := OLD.raw_user_meta_data ->> 'avatar_url';
  new_avatar text := NEW.raw_user_meta_data ->> 'avatar_url';
BEGIN
  UPDATE public.users u SET
    email = NEW.email,
    last_sign_in_at = NEW.last_sign_in_at,
    display_name = CASE WHEN new_name IS DISTINCT FROM old_name THEN new_name ELSE u.display_name END,
    avatar_url = CASE WHEN new_avatar IS DISTINCT FROM old_avatar THEN new_avatar ELSE u.avatar_url END
  WHERE u.id = NEW.id;
  RETURN NEW;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION saas_private.sync_auth_user() FROM PUBLIC, anon, authenticated, service_role;
--> statement-breakpoint
CREATE OR REPLACE TRIGGER saas_on_auth_user_updated
  AFTER UPDATE OF email, raw_user_meta_data, last_sign_in_at ON auth.users
  FOR EACH ROW
  WHEN (OLD.email IS DISTINCT FROM NEW.email
    OR OLD.raw_user_meta_data IS DISTINCT FROM NEW.raw_user_meta_data
    OR OLD.last_sign_in_at IS DISTINCT FROM NEW.last_sign_in_at)
  EXECUTE FUNCTION saas_private.sync_auth_user();
--> statement-breakpoint
-- saas-schema unit: billing/check_usage_quota sha256:4cbe51995bc72e53c5bd4247d1c779b2f185077cdc8dec20f0d7dc3ccd259faa
-- Generated from src/modules/billing/sql/check_usage_quota.sql by npm run db:generate: edit that, not this.
CREATE OR REPLACE FUNCTION public.check_usage_quota(
  user_id uuid,
  metric text,
  amount integer DEFAULT 1,
  window_start timestamptz DEFAULT date_trunc('day', now(), 'UTC')
)
RETURNS TABLE (used bigint, quota bigint, remaining bigint, allowed boolean)
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  v_used bigint;
  v_quota bigint;
BEGIN
  PERFORM saas_private.assert_self_or_admin(check_usage_quota.user_id);
  SELECT coalesce(sum(c.count), 0) INTO v_used
  FROM public.usage_counters c
  WHERE c.user_id = check_usage_quota.user_id
    AND c.metric = check_usage_quota.metric
    AND c.window_start = check_usage_quota.window_start;
  SELECT CASE check_usage_quota.metric
      WHEN 'messages' THEN p.messages_per_day::bigint
      WHEN 'api_requests' THEN p.api_requests_per_day::bigint
      WHEN 'storage_bytes' THEN p.storage_bytes
      WHEN 'agents' THEN p.max_agents::bigint
      WHEN 'instances' THEN p.max_instances::bigint
    END INTO v_quota
  FROM public.plans p
  WHERE p.id = saas_private.effective_plan_id(check_usage_quota.user_id);
  used := v_used;
  quota := v_quota;
  remaining := CASE WHEN v_quota IS NULL THEN NULL ELSE greatest(v_quota - v_used, 0) END;
  allowed := v_quota IS NULL OR v_used + check_usage_quota.amount <= v_quota;
  RETURN NEXT;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION public.check_usage_quota(uuid, text, integer, timestamptz)
  FROM PUBLIC, anon, authenticated, service_role;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION public.check_usage_quota(uuid, text, integer, timestamptz)
  TO authenticated, service_role;
--> statement-breakpoint
-- saas-schema unit: billing/granting_plan_subscription_id sha256:665ad384e0466c09608c66394d3764a2d9dcc941c5eab3373c0ad2daaa431eed
-- Generated from src/modules/billing/sql/granting_plan_subscription_id.sql by npm run db:generate: edit that, not this.
CREATE OR REPLACE FUNCTION saas_private.granting_plan_subscription_id(target_user_id uuid)
RETURNS uuid
LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
  SELECT s.id FROM public.subscriptions s
  WHERE s.user_id = target_user_id
    AND s.plan_id IS NOT NULL
    AND s.status IN ('trial', 'trialing', 'active', 'past_due')
    AND (s.status NOT IN ('trial', 'trialing') OR s.trial_ends_at IS NULL OR s.trial_ends_at > now())
  ORDER BY s.created_at DESC
  LIMIT 1
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION saas_private.granting_plan_subscription_id(uuid) FROM PUBLIC, anon, authenticated, service_role;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION saas_private.granting_plan_subscription_id(uuid) TO authenticated, service_role;
--> statement-breakpoint
-- saas-schema unit: billing/effective_plan_id sha256:47941ca7be6989d325563bca6a71d2bb567f9f0b5c73f3db8f676dde446da5d1
-- Generated from src/modules/billing/sql/effective_plan_id.sql by npm run db:generate: edit that, not this.
CREATE OR REPLACE FUNCTION saas_private.effective_plan_id(target_user_id uuid)
RETURNS uuid
LANGUAGE sql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
  SELECT coalesce(
    (SELECT s.plan_id FROM public.subscriptions s
      WHERE s.id = saas_private.granting_plan_subscription_id(target_user_id)),
    (SELECT p.id FROM public.plans p WHERE p.code = 'free')
  )
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION saas_private.effective_plan_id(uuid) FROM PUBLIC, anon, authenticated, service_role;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION saas_private.effective_plan_id(uuid) TO authenticated, service_role;
--> statement-breakpoint
-- saas-schema unit: billing/has_active_subscription sha256:83a99882842c08408ab64f6df5c6fa959de2f3982252b175673c8c03acdfab01
-- Generated from src/modules/billing/sql/has_active_subscription.sql by npm run db:generate: edit that, not this.
CREATE OR REPLACE FUNCTION public.has_active_subscription(user_id uuid)
RETURNS boolean
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
  PERFORM saas_private.assert_self_or_admin(has_active_subscription.user_id);
  RETURN saas_private.granting_plan_subscription_id(has_active_subscription.user_id) IS NOT NULL;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION public.has_active_subscription(uuid) FROM PUBLIC, anon, authenticated, service_role;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION public.has_active_subscription(uuid) TO authenticated, service_role;
--> statement-breakpoint
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
-- saas-schema unit: storage/user-files sha256:9094b4cb08abbe5dd82d1c87a2738837c1215448ab6d4cf4974e5a792798550c
-- Generated from src/modules/storage/sql/user-files.sql by npm run db:generate: edit that, not this.
INSERT INTO storage.buckets (id, name, public, file_size_limit, allowed_mime_types)
VALUES (
  'user-files',
  'user-files',
  false,
  52428800, -- 50 MB per file
  ARRAY['image/jpeg', 'image/png', 'image/gif', 'image/webp', 'application/pdf', 'text/plain', 'text/csv']
) ON CONFLICT (id) DO NOTHING;
--> statement-breakpoint
DROP POLICY IF EXISTS "Users can upload own files" ON storage.objects;
--> statement-breakpoint
CREATE POLICY "Users can upload own files" ON storage.objects
  FOR INSERT TO authenticated
  WITH CHECK (
    bucket_id = 'user-files'
    AND (storage.foldername(name))[1] = (SELECT auth.uid())::text
    AND name !~ '(^|/)(\.\.?)?(/|$)'
    AND (owner IS NULL OR owner = (SELECT auth.uid()))
    AND (owner_id IS NULL OR owner_id = (SELECT auth.uid())::text)
  );
--> statement-breakpoint
DROP POLICY IF EXISTS "Users can read own files" ON storage.objects;
--> statement-breakpoint
CREATE POLICY "Users can read own files" ON storage.objects
  FOR SELECT TO authenticated
  USING (
    bucket_id = 'user-files'
    AND (storage.foldername(name))[1] = (SELECT auth.uid())::text
  );
--> statement-breakpoint
DROP POLICY IF EXISTS "Users can update own files" ON storage.objects;
--> statement-breakpoint
CREATE POLICY "Users can update own files" ON storage.objects
  FOR UPDATE TO authenticated
  USING (
    bucket_id = 'user-files'
    AND (storage.foldername(name))[1] = (SELECT auth.uid())::text
  )
  WITH CHECK (
    bucket_id = 'user-files'
    AND (storage.foldername(name))[1] = (SELECT auth.uid())::text
    AND name !~ '(^|/)(\.\.?)?(/|$)'
    AND (owner IS NULL OR owner = (SELECT auth.uid()))
    AND (owner_id IS NULL OR owner_id = (SELECT auth.uid())::text)
  );
--> statement-breakpoint
DROP POLICY IF EXISTS "Users can delete own files" ON storage.objects;
--> statement-breakpoint
CREATE POLICY "Users can delete own files" ON storage.objects
  FOR DELETE TO authenticated
  USING (
    bucket_id = 'user-files'
    AND (storage.foldername(name))[1] = (SELECT auth.uid())::text
  );
--> statement-breakpoint
-- saas-schema unit: entitlements/check_user_permission sha256:142c0d1e05b11eea82257659b4540c4db46692f46aaf1beb186c28a5f117d822
-- Generated from src/modules/entitlements/sql/check_user_permission.sql by npm run db:generate: edit that, not this.
CREATE OR REPLACE FUNCTION public.check_user_permission(user_id uuid, permission text)
RETURNS boolean
LANGUAGE plpgsql STABLE
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
  PERFORM saas_private.assert_self_or_admin(check_user_permission.user_id);
  RETURN EXISTS (
      SELECT 1 FROM public.users u
      WHERE u.id = check_user_permission.user_id AND u.role = 'admin'
    )
    OR EXISTS (
      SELECT 1
      FROM public.plan_features pf
      JOIN public.features f ON f.id = pf.feature_id
      WHERE pf.plan_id = saas_private.effective_plan_id(check_user_permission.user_id)
        AND f.key = check_user_permission.permission
        AND f.is_active
    );
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION public.check_user_permission(uuid, text) FROM PUBLIC, anon, authenticated, service_role;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION public.check_user_permission(uuid, text) TO authenticated, service_role;
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
