ALTER TABLE "subscriptions" DROP CONSTRAINT "subscriptions_plugin_id_plugins_id_fk";

--> statement-breakpoint
DROP POLICY "licenses_select_authenticated" ON "licenses" CASCADE;
--> statement-breakpoint
DROP POLICY "licenses_select_admin" ON "licenses" CASCADE;
--> statement-breakpoint
DROP TABLE "licenses" CASCADE;
--> statement-breakpoint
DROP POLICY "revoked_licenses_select_admin" ON "revoked_licenses" CASCADE;
--> statement-breakpoint
DROP TABLE "revoked_licenses" CASCADE;
--> statement-breakpoint
DROP POLICY "logs_select_admin" ON "logs" CASCADE;
--> statement-breakpoint
DROP TABLE "logs" CASCADE;
--> statement-breakpoint
DROP POLICY "notification_preferences_select_authenticated" ON "notification_preferences" CASCADE;
--> statement-breakpoint
DROP POLICY "notification_preferences_insert_authenticated" ON "notification_preferences" CASCADE;
--> statement-breakpoint
DROP POLICY "notification_preferences_update_authenticated" ON "notification_preferences" CASCADE;
--> statement-breakpoint
DROP POLICY "notification_preferences_delete_authenticated" ON "notification_preferences" CASCADE;
--> statement-breakpoint
DROP POLICY "notification_preferences_select_admin" ON "notification_preferences" CASCADE;
--> statement-breakpoint
DROP TABLE "notification_preferences" CASCADE;
--> statement-breakpoint
DROP POLICY "plugin_reviews_select_anon" ON "plugin_reviews" CASCADE;
--> statement-breakpoint
DROP POLICY "plugin_reviews_select_authenticated" ON "plugin_reviews" CASCADE;
--> statement-breakpoint
DROP POLICY "plugin_reviews_insert_authenticated" ON "plugin_reviews" CASCADE;
--> statement-breakpoint
DROP POLICY "plugin_reviews_update_authenticated" ON "plugin_reviews" CASCADE;
--> statement-breakpoint
DROP POLICY "plugin_reviews_delete_authenticated" ON "plugin_reviews" CASCADE;
--> statement-breakpoint
DROP POLICY "plugin_reviews_select_admin" ON "plugin_reviews" CASCADE;
--> statement-breakpoint
DROP POLICY "plugin_reviews_delete_admin" ON "plugin_reviews" CASCADE;
--> statement-breakpoint
DROP TABLE "plugin_reviews" CASCADE;
--> statement-breakpoint
DROP POLICY "plugin_submissions_select_authenticated" ON "plugin_submissions" CASCADE;
--> statement-breakpoint
DROP POLICY "plugin_submissions_insert_authenticated" ON "plugin_submissions" CASCADE;
--> statement-breakpoint
DROP POLICY "plugin_submissions_select_admin" ON "plugin_submissions" CASCADE;
--> statement-breakpoint
DROP POLICY "plugin_submissions_update_admin" ON "plugin_submissions" CASCADE;
--> statement-breakpoint
DROP TABLE "plugin_submissions" CASCADE;
--> statement-breakpoint
DROP POLICY "plugins_select_anon" ON "plugins" CASCADE;
--> statement-breakpoint
DROP POLICY "plugins_select_authenticated" ON "plugins" CASCADE;
--> statement-breakpoint
DROP POLICY "plugins_update_authenticated" ON "plugins" CASCADE;
--> statement-breakpoint
DROP POLICY "plugins_select_admin" ON "plugins" CASCADE;
--> statement-breakpoint
DROP POLICY "plugins_insert_admin" ON "plugins" CASCADE;
--> statement-breakpoint
DROP POLICY "plugins_update_admin" ON "plugins" CASCADE;
--> statement-breakpoint
DROP POLICY "plugins_delete_admin" ON "plugins" CASCADE;
--> statement-breakpoint
DROP TABLE "plugins" CASCADE;
--> statement-breakpoint
DROP POLICY "trials_select_authenticated" ON "trials" CASCADE;
--> statement-breakpoint
DROP POLICY "trials_select_admin" ON "trials" CASCADE;
--> statement-breakpoint
DROP TABLE "trials" CASCADE;
--> statement-breakpoint
DROP POLICY "usage_aggregates_select_authenticated" ON "usage_aggregates" CASCADE;
--> statement-breakpoint
DROP POLICY "usage_aggregates_select_admin" ON "usage_aggregates" CASCADE;
--> statement-breakpoint
DROP TABLE "usage_aggregates" CASCADE;
--> statement-breakpoint
DROP POLICY "usage_events_select_authenticated" ON "usage_events" CASCADE;
--> statement-breakpoint
DROP POLICY "usage_events_select_admin" ON "usage_events" CASCADE;
--> statement-breakpoint
DROP TABLE "usage_events" CASCADE;
--> statement-breakpoint
DROP POLICY "webhook_events_select_admin" ON "webhook_events" CASCADE;
--> statement-breakpoint
DROP TABLE "webhook_events" CASCADE;
--> statement-breakpoint
DROP TYPE "public"."license_status";
--> statement-breakpoint
DROP TYPE "public"."log_level";
--> statement-breakpoint
DROP TYPE "public"."notification_channel";
--> statement-breakpoint
DROP TYPE "public"."plugin_billing_interval";
--> statement-breakpoint
DROP TYPE "public"."plugin_status";
--> statement-breakpoint
DROP TYPE "public"."plugin_tier";
--> statement-breakpoint
DROP TYPE "public"."submission_status";
--> statement-breakpoint
DROP TYPE "public"."trial_status";
