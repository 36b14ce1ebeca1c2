DROP FUNCTION IF EXISTS saas_private.set_updated_at();
--> statement-breakpoint
DROP FUNCTION IF EXISTS saas_private.is_trusted_role();
--> statement-breakpoint
DROP FUNCTION IF EXISTS saas_private.has_role(text);
--> statement-breakpoint
DROP FUNCTION IF EXISTS saas_private.is_admin();
