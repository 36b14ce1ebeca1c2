DROP TRIGGER IF EXISTS set_updated_at ON public.users;
--> statement-breakpoint
DROP TRIGGER IF EXISTS guard_user_role ON public.users;
--> statement-breakpoint
DROP TRIGGER IF EXISTS saas_on_auth_user_email_changed ON auth.users;
--> statement-breakpoint
DROP TRIGGER IF EXISTS saas_on_auth_user_created ON auth.users;
--> statement-breakpoint
DROP FUNCTION IF EXISTS saas_private.guard_user_role();
--> statement-breakpoint
DROP FUNCTION IF EXISTS saas_private.sync_auth_user_email();
--> statement-breakpoint
DROP FUNCTION IF EXISTS saas_private.handle_new_auth_user();
--> statement-breakpoint
-- Back to the grants the table had when created (the default privileges).
REVOKE ALL ON public.users FROM anon, authenticated, service_role;
--> statement-breakpoint
GRANT ALL ON public.users TO anon, authenticated, service_role;
