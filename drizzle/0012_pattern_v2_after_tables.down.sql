DROP TRIGGER IF EXISTS guard_columns ON public.users;
--> statement-breakpoint
DROP TRIGGER IF EXISTS set_updated_at ON public.user_credentials;
--> statement-breakpoint
SELECT saas_schema.reset_table_privileges('public.user_credentials');
--> statement-breakpoint
DROP POLICY IF EXISTS "Users can delete own files" ON storage.objects;
--> statement-breakpoint
DROP POLICY IF EXISTS "Users can update own files" ON storage.objects;
--> statement-breakpoint
DROP POLICY IF EXISTS "Users can read own files" ON storage.objects;
--> statement-breakpoint
DROP POLICY IF EXISTS "Users can upload own files" ON storage.objects;
--> statement-breakpoint
SELECT set_config('storage.allow_delete_query', 'true', true);
--> statement-breakpoint
DELETE FROM storage.buckets b
WHERE b.id = 'user-files'
  AND NOT EXISTS (SELECT 1 FROM storage.objects o WHERE o.bucket_id = b.id);
--> statement-breakpoint
SELECT set_config('storage.allow_delete_query', 'false', true);
--> statement-breakpoint
DROP TRIGGER IF EXISTS saas_on_auth_user_updated ON auth.users;
--> statement-breakpoint
DROP FUNCTION IF EXISTS saas_private.sync_auth_user();
--> statement-breakpoint
UPDATE public.users u SET password_hash = c.password_hash
FROM public.user_credentials c
WHERE c.user_id = u.id;
--> statement-breakpoint
DO $$
BEGIN
  IF EXISTS (SELECT FROM pg_catalog.pg_roles WHERE rolname = 'supabase_auth_admin') THEN
    REVOKE USAGE ON SCHEMA saas_private FROM supabase_auth_admin;
  END IF;
END
$$;
--> statement-breakpoint
DROP FUNCTION IF EXISTS saas_private.access_token_hook(jsonb);
--> statement-breakpoint
-- saas-schema unit: core/users sha256:65ebb4a65cbb11a0a60b32976a668fbd06e311623ca494f92c1c2820ca783b9a
-- Generated from src/functions/core/users.sql by npm run db:generate: edit that file, not this one.
-- phase: after-tables
-- users: the row that follows each auth.users row, the guard on columns a user must not change,
-- and the grants that keep `password_hash` out of reach of the API roles.

-- Creates the public.users row when Supabase Auth (or the compatibility layer's auth.users)
-- gets a new user. SECURITY DEFINER: the auth service's role cannot write public.users.
CREATE OR REPLACE FUNCTION saas_private.handle_new_auth_user()
RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = ''
AS $$
BEGIN
  INSERT INTO public.users (id, email, display_name, avatar_url)
  VALUES (
    NEW.id,
    coalesce(NEW.email, ''),
    coalesce(NEW.raw_user_meta_data ->> 'display_name', NEW.raw_user_meta_data ->> 'full_name', NEW.raw_user_meta_data ->> 'name'),
    NEW.raw_user_meta_data ->> 'avatar_url'
  )
  ON CONFLICT (id) DO NOTHING;
  RETURN NEW;
END
$$;
--> statement-breakpoint
-- Keeps public.users.email equal to auth.users.email (seed 001: stored in both for convenience).
CREATE OR REPLACE FUNCTION saas_private.sync_auth_user_email()
RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER
SET search_path = ''
AS $$
BEGIN
  UPDATE public.users SET email = coalesce(NEW.email, '') WHERE id = NEW.id;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE OR REPLACE TRIGGER saas_on_auth_user_created
  AFTER INSERT ON auth.users
  FOR EACH ROW EXECUTE FUNCTION saas_private.handle_new_auth_user();
--> statement-breakpoint
CREATE OR REPLACE TRIGGER saas_on_auth_user_email_changed
  AFTER UPDATE OF email ON auth.users
  FOR EACH ROW WHEN (OLD.email IS DISTINCT FROM NEW.email)
  EXECUTE FUNCTION saas_private.sync_auth_user_email();
--> statement-breakpoint
-- A signed-in user may edit their profile but never raise their own role: only an admin or a
-- trusted role (service_role, the owner) changes `role`.
CREATE OR REPLACE FUNCTION saas_private.guard_user_role()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = ''
AS $$
BEGIN
  IF NEW.role IS DISTINCT FROM OLD.role
     AND NOT saas_private.is_trusted_role()
     AND NOT saas_private.is_admin() THEN
    RAISE EXCEPTION 'only an admin can change a user''s role'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
  RETURN NEW;
END
$$;
--> statement-breakpoint
CREATE OR REPLACE TRIGGER guard_user_role
  BEFORE UPDATE OF role ON public.users
  FOR EACH ROW EXECUTE FUNCTION saas_private.guard_user_role();
--> statement-breakpoint
CREATE OR REPLACE TRIGGER set_updated_at
  BEFORE UPDATE ON public.users
  FOR EACH ROW EXECUTE FUNCTION saas_private.set_updated_at();
--> statement-breakpoint
REVOKE ALL ON FUNCTION
  saas_private.handle_new_auth_user(),
  saas_private.sync_auth_user_email(),
  saas_private.guard_user_role()
FROM PUBLIC;
--> statement-breakpoint
-- Column-level grants: `password_hash` is readable by no API role; identity and billing columns
-- are written only by service_role. Table-level grants are revoked first because Supabase's
-- default privileges give anon/authenticated ALL on new tables.
REVOKE ALL ON public.users FROM anon, authenticated;
--> statement-breakpoint
GRANT SELECT (
  id, email, display_name, avatar_url, company_name, role, billing_provider, billing_customer_id,
  external_auth_id, profile, last_sign_in_at, created_at, updated_at
) ON public.users TO authenticated;
--> statement-breakpoint
GRANT UPDATE (display_name, avatar_url, company_name, profile, role) ON public.users TO authenticated;
--> statement-breakpoint
GRANT DELETE ON public.users TO authenticated;
--> statement-breakpoint
GRANT ALL ON public.users TO service_role;
--> statement-breakpoint
-- saas-schema unit: billing/tables sha256:c7a17bc587c7d8bb68ed31d5376c58dddc6cdbebcbaf6c46cada875d4a1cc01a
-- Generated from src/functions/billing/tables.sql by npm run db:generate: edit that file, not this one.
-- phase: after-tables
-- billing: `updated_at` triggers and the grants of the billing tables. Supabase's default
-- privileges give anon/authenticated ALL on new tables; here every table gets exactly what it
-- means: the catalogue is readable by everyone (RLS narrows it to the active public part),
-- per-user tables are readable by `authenticated` (RLS: own rows, admin all), and only
-- `service_role` writes.

CREATE OR REPLACE TRIGGER set_updated_at
  BEFORE UPDATE ON public.plans
  FOR EACH ROW EXECUTE FUNCTION saas_private.set_updated_at();
--> statement-breakpoint
CREATE OR REPLACE TRIGGER set_updated_at
  BEFORE UPDATE ON public.features
  FOR EACH ROW EXECUTE FUNCTION saas_private.set_updated_at();
--> statement-breakpoint
CREATE OR REPLACE TRIGGER set_updated_at
  BEFORE UPDATE ON public.plan_features
  FOR EACH ROW EXECUTE FUNCTION saas_private.set_updated_at();
--> statement-breakpoint
CREATE OR REPLACE TRIGGER set_updated_at
  BEFORE UPDATE ON public.subscriptions
  FOR EACH ROW EXECUTE FUNCTION saas_private.set_updated_at();
--> statement-breakpoint
CREATE OR REPLACE TRIGGER set_updated_at
  BEFORE UPDATE ON public.transactions
  FOR EACH ROW EXECUTE FUNCTION saas_private.set_updated_at();
--> statement-breakpoint
CREATE OR REPLACE TRIGGER set_updated_at
  BEFORE UPDATE ON public.invoices
  FOR EACH ROW EXECUTE FUNCTION saas_private.set_updated_at();
--> statement-breakpoint
CREATE OR REPLACE TRIGGER set_updated_at
  BEFORE UPDATE ON public.usage_counters
  FOR EACH ROW EXECUTE FUNCTION saas_private.set_updated_at();
--> statement-breakpoint
REVOKE ALL ON public.plans, public.features, public.plan_features FROM anon, authenticated;
--> statement-breakpoint
GRANT SELECT ON public.plans, public.features, public.plan_features TO anon, authenticated;
--> statement-breakpoint
REVOKE ALL ON public.subscriptions, public.transactions, public.invoices, public.usage_counters
  FROM anon, authenticated;
--> statement-breakpoint
GRANT SELECT ON public.subscriptions, public.transactions, public.invoices, public.usage_counters
  TO authenticated;
--> statement-breakpoint
GRANT ALL ON public.plans, public.features, public.plan_features, public.subscriptions,
  public.transactions, public.invoices, public.usage_counters TO service_role;
--> statement-breakpoint
-- saas-schema unit: storage/user-files sha256:dacc22b6742ef62c8911a260f995b1b49c450ee0d336096d10fae295356516e0
-- Generated from src/functions/storage/user-files.sql by npm run db:generate: edit that file, not this one.
-- phase: after-tables
-- storage (seed 001's 0003_storage.sql): the private `user-files` bucket and the owner-folder
-- policies on storage.objects. Objects live under `{userId}/{entity}/{yyyy}/{mm}/{uuid}.{ext}`;
-- a signed-in user reads and writes only under their own first folder. storage.objects is not
-- drizzle-kit's (it belongs to Supabase Storage, or to the compatibility layer elsewhere), so the
-- policies are SQL here, replaced idempotently (drop if exists, then create). `service_role`
-- has BYPASSRLS, so seed 001's "Service role can manage all files" policy is not needed.

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
-- WITH CHECK as well as USING: a user cannot move a file into someone else's folder.
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
-- saas-schema unit: billing/functions sha256:82e5b7d6c52017d6e0d18f7d23cbdf061065e6533368428df87928bd1643b5df
-- Generated from src/functions/billing/functions.sql by npm run db:generate: edit that file, not this one.
-- phase: after-tables
-- billing functions: subscription and permission checks (seed 003), the atomic windowed usage
-- counter (seed 001's usage_counters) and the quota check.
--
-- All are SECURITY INVOKER: they read through the caller's RLS, which already lets a user see
-- their own subscription, the plan it is on (even a private one) and their counters, and lets
-- an admin see everything. A signed-in user asking about *another* user gets an
-- `insufficient_privilege` error (saas_private.assert_self_or_admin) rather than a silent
-- `false`. `anon` may call none of them; writing counters is for `service_role` only.

-- Raises unless the caller may look at that user's billing: a trusted role (service_role, the
-- owner), the user themselves, or an admin.
CREATE OR REPLACE FUNCTION saas_private.assert_self_or_admin(target_user_id uuid)
RETURNS void
LANGUAGE plpgsql STABLE
SET search_path = ''
AS $$
BEGIN
  IF NOT saas_private.is_trusted_role()
     AND target_user_id IS DISTINCT FROM auth.uid()
     AND NOT saas_private.is_admin() THEN
    RAISE EXCEPTION 'a user can only check their own subscription, permissions and usage'
      USING ERRCODE = 'insufficient_privilege';
  END IF;
END
$$;
--> statement-breakpoint
-- The one rule for "this subscription grants access now": the user's newest platform-plan
-- subscription that is a trial not yet ended, active, or past_due (the provider is retrying the
-- renewal). NULL when there is none. has_active_subscription, effective_plan_id and the typed
-- query getCurrentPlan all go through it.
CREATE OR REPLACE FUNCTION saas_private.granting_plan_subscription_id(target_user_id uuid)
RETURNS uuid
LANGUAGE sql STABLE
SET search_path = ''
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
-- The plan whose features and limits apply to a user: the plan of the subscription granting
-- access, else the catalogue's `free` plan.
CREATE OR REPLACE FUNCTION saas_private.effective_plan_id(target_user_id uuid)
RETURNS uuid
LANGUAGE sql STABLE
SET search_path = ''
AS $$
  SELECT coalesce(
    (SELECT s.plan_id FROM public.subscriptions s
      WHERE s.id = saas_private.granting_plan_subscription_id(target_user_id)),
    (SELECT p.id FROM public.plans p WHERE p.code = 'free')
  )
$$;
--> statement-breakpoint
-- Seed 003: does the user have a platform-plan subscription that currently grants access?
CREATE OR REPLACE FUNCTION public.has_active_subscription(user_id uuid)
RETURNS boolean
LANGUAGE plpgsql STABLE
SET search_path = ''
AS $$
BEGIN
  PERFORM saas_private.assert_self_or_admin(has_active_subscription.user_id);
  RETURN saas_private.granting_plan_subscription_id(has_active_subscription.user_id) IS NOT NULL;
END
$$;
--> statement-breakpoint
-- Seed 003: may the user use `permission` (a feature key)? True for an admin, or when the
-- user's effective plan (see effective_plan_id) grants that active feature. The store module
-- extends this with add-ons.
CREATE OR REPLACE FUNCTION public.check_user_permission(user_id uuid, permission text)
RETURNS boolean
LANGUAGE plpgsql STABLE
SET search_path = ''
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
-- Seed 001's usage counter, incremented atomically: one INSERT ... ON CONFLICT DO UPDATE, so
-- concurrent calls never lose an increment. The window defaults to the current UTC day.
-- Returns the counter's new value. A negative `amount` decrements (never below 0: a CHECK).
CREATE OR REPLACE FUNCTION public.increment_usage_counter(
  user_id uuid,
  metric text,
  amount integer DEFAULT 1,
  window_start timestamptz DEFAULT date_trunc('day', now(), 'UTC'),
  window_end timestamptz DEFAULT NULL
)
RETURNS integer
LANGUAGE sql VOLATILE
SET search_path = ''
AS $$
  INSERT INTO public.usage_counters AS c (user_id, metric, count, window_start, window_end)
  VALUES (
    increment_usage_counter.user_id,
    increment_usage_counter.metric,
    increment_usage_counter.amount,
    increment_usage_counter.window_start,
    coalesce(increment_usage_counter.window_end, increment_usage_counter.window_start + interval '1 day')
  )
  ON CONFLICT ON CONSTRAINT usage_counters_user_id_metric_window_start_key
  DO UPDATE SET count = c.count + excluded.count
  RETURNING c.count
$$;
--> statement-breakpoint
-- Is the user within their plan's limit for `metric` in the window if they use `amount` more?
-- The limit comes from the effective plan (usage_metric -> plans column: messages ->
-- messages_per_day, api_requests -> api_requests_per_day, storage_bytes -> storage_bytes,
-- agents -> max_agents, instances -> max_instances); other metrics and NULL limits are unlimited
-- (`quota` NULL, `allowed` true).
CREATE OR REPLACE FUNCTION public.check_usage_quota(
  user_id uuid,
  metric text,
  amount integer DEFAULT 1,
  window_start timestamptz DEFAULT date_trunc('day', now(), 'UTC')
)
RETURNS TABLE (used bigint, quota bigint, remaining bigint, allowed boolean)
LANGUAGE plpgsql STABLE
SET search_path = ''
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
REVOKE ALL ON FUNCTION
  saas_private.assert_self_or_admin(uuid),
  saas_private.granting_plan_subscription_id(uuid),
  saas_private.effective_plan_id(uuid),
  public.has_active_subscription(uuid),
  public.check_user_permission(uuid, text),
  public.increment_usage_counter(uuid, text, integer, timestamptz, timestamptz),
  public.check_usage_quota(uuid, text, integer, timestamptz)
FROM PUBLIC, anon, authenticated;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION
  saas_private.assert_self_or_admin(uuid),
  saas_private.granting_plan_subscription_id(uuid),
  saas_private.effective_plan_id(uuid),
  public.has_active_subscription(uuid),
  public.check_user_permission(uuid, text),
  public.check_usage_quota(uuid, text, integer, timestamptz)
TO authenticated, service_role;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION
  public.increment_usage_counter(uuid, text, integer, timestamptz, timestamptz)
TO service_role;
