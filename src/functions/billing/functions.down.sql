DROP FUNCTION IF EXISTS public.check_usage_quota(uuid, text, integer, timestamptz);
DROP FUNCTION IF EXISTS public.increment_usage_counter(uuid, text, integer, timestamptz, timestamptz);
DROP FUNCTION IF EXISTS public.check_user_permission(uuid, text);
DROP FUNCTION IF EXISTS public.has_active_subscription(uuid);
DROP FUNCTION IF EXISTS saas_private.effective_plan_id(uuid);
DROP FUNCTION IF EXISTS saas_private.granting_plan_subscription_id(uuid);
DROP FUNCTION IF EXISTS saas_private.assert_self_or_admin(uuid);
