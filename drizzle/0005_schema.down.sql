DROP POLICY "features_select_active_anon" ON "features" CASCADE;
--> statement-breakpoint
DROP POLICY "features_select_active_or_admin" ON "features" CASCADE;
--> statement-breakpoint
DROP TABLE "features" CASCADE;
--> statement-breakpoint
DROP POLICY "plan_features_select_visible_plan_anon" ON "plan_features" CASCADE;
--> statement-breakpoint
DROP POLICY "plan_features_select_visible_plan" ON "plan_features" CASCADE;
--> statement-breakpoint
DROP TABLE "plan_features" CASCADE;
--> statement-breakpoint
DROP POLICY "invoices_select_own_or_admin" ON "invoices" CASCADE;
--> statement-breakpoint
DROP TABLE "invoices" CASCADE;
--> statement-breakpoint
DROP POLICY "plans_select_catalogue_anon" ON "plans" CASCADE;
--> statement-breakpoint
DROP POLICY "plans_select_catalogue_own_or_admin" ON "plans" CASCADE;
--> statement-breakpoint
DROP TABLE "plans" CASCADE;
--> statement-breakpoint
DROP POLICY "subscriptions_select_own_or_admin" ON "subscriptions" CASCADE;
--> statement-breakpoint
DROP TABLE "subscriptions" CASCADE;
--> statement-breakpoint
DROP POLICY "transactions_select_own_or_admin" ON "transactions" CASCADE;
--> statement-breakpoint
DROP TABLE "transactions" CASCADE;
--> statement-breakpoint
DROP POLICY "usage_counters_select_own_or_admin" ON "usage_counters" CASCADE;
--> statement-breakpoint
DROP TABLE "usage_counters" CASCADE;
--> statement-breakpoint
DROP TYPE "public"."invoice_status";
--> statement-breakpoint
DROP TYPE "public"."billing_interval";
--> statement-breakpoint
DROP TYPE "public"."compute_tier";
--> statement-breakpoint
DROP TYPE "public"."database_tier";
--> statement-breakpoint
DROP TYPE "public"."payment_provider";
--> statement-breakpoint
DROP TYPE "public"."subscription_status";
--> statement-breakpoint
DROP TYPE "public"."transaction_status";
