SELECT saas_schema.reset_table_privileges('public.webhook_events');
--> statement-breakpoint
SELECT saas_schema.reset_table_privileges('public.usage_events');
--> statement-breakpoint
DROP TRIGGER IF EXISTS set_updated_at ON public.usage_aggregates;
--> statement-breakpoint
SELECT saas_schema.reset_table_privileges('public.usage_aggregates');
--> statement-breakpoint
DROP TRIGGER IF EXISTS set_updated_at ON public.trials;
--> statement-breakpoint
SELECT saas_schema.reset_table_privileges('public.trials');
--> statement-breakpoint
SELECT saas_schema.reset_table_privileges('public.revoked_licenses');
--> statement-breakpoint
DROP TRIGGER IF EXISTS guard_columns ON public.plugins;
--> statement-breakpoint
DROP TRIGGER IF EXISTS set_updated_at ON public.plugins;
--> statement-breakpoint
SELECT saas_schema.reset_table_privileges('public.plugins');
--> statement-breakpoint
DROP TRIGGER IF EXISTS set_updated_at ON public.plugin_submissions;
--> statement-breakpoint
SELECT saas_schema.reset_table_privileges('public.plugin_submissions');
--> statement-breakpoint
DROP TRIGGER IF EXISTS guard_columns ON public.plugin_reviews;
--> statement-breakpoint
DROP TRIGGER IF EXISTS set_updated_at ON public.plugin_reviews;
--> statement-breakpoint
SELECT saas_schema.reset_table_privileges('public.plugin_reviews');
--> statement-breakpoint
DROP TRIGGER IF EXISTS set_updated_at ON public.notification_preferences;
--> statement-breakpoint
SELECT saas_schema.reset_table_privileges('public.notification_preferences');
--> statement-breakpoint
SELECT saas_schema.reset_table_privileges('public.logs');
--> statement-breakpoint
DROP TRIGGER IF EXISTS set_updated_at ON public.licenses;
--> statement-breakpoint
SELECT saas_schema.reset_table_privileges('public.licenses');
--> statement-breakpoint
DROP FUNCTION IF EXISTS public.verify_license(text, text);
--> statement-breakpoint
DROP FUNCTION IF EXISTS public.update_plugin_rating(text);
--> statement-breakpoint
DROP FUNCTION IF EXISTS public.start_plugin_trial(uuid, text, int4);
--> statement-breakpoint
DROP FUNCTION IF EXISTS public.search_plugins(text, public.plugin_tier, text, text, text, int4);
--> statement-breakpoint
DROP FUNCTION IF EXISTS public.rollup_usage_events(text);
--> statement-breakpoint
DROP FUNCTION IF EXISTS public.revoke_license(uuid, text, uuid);
--> statement-breakpoint
DROP TRIGGER IF EXISTS refresh_plugin_rating ON public.plugin_reviews;
--> statement-breakpoint
DROP FUNCTION IF EXISTS saas_private.refresh_plugin_rating();
--> statement-breakpoint
DROP FUNCTION IF EXISTS saas_private.license_key_hash(text);
--> statement-breakpoint
DROP FUNCTION IF EXISTS public.issue_license(uuid, text, uuid, timestamptz);
--> statement-breakpoint
DROP FUNCTION IF EXISTS public.increment_usage(uuid, text, text, text, int4);
--> statement-breakpoint
DROP FUNCTION IF EXISTS public.increment_downloads(text);
--> statement-breakpoint
DROP FUNCTION IF EXISTS public.increment_agent_execution(uuid, text, text, text);
--> statement-breakpoint
DROP TRIGGER IF EXISTS check_plugin_subscription_requirement ON public.subscriptions;
--> statement-breakpoint
DROP FUNCTION IF EXISTS saas_private.check_plugin_subscription_requirement();
--> statement-breakpoint
DROP TRIGGER IF EXISTS check_plugin_requirement_chain ON public.plugins;
--> statement-breakpoint
DROP FUNCTION IF EXISTS saas_private.check_plugin_requirement_chain();
--> statement-breakpoint
DROP FUNCTION IF EXISTS public.cancel_plugin_subscription(uuid);
--> statement-breakpoint
DROP FUNCTION IF EXISTS public.approve_plugin_submission(uuid, text, uuid);
