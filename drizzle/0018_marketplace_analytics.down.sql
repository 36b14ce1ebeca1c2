ALTER TABLE "trials" DROP CONSTRAINT "trials_subscription_id_subscriptions_id_fk";

--> statement-breakpoint
DROP POLICY "plugin_analytics_daily_select_authenticated" ON "plugin_analytics_daily" CASCADE;
--> statement-breakpoint
DROP POLICY "plugin_analytics_daily_select_admin" ON "plugin_analytics_daily" CASCADE;
--> statement-breakpoint
DROP TABLE "plugin_analytics_daily" CASCADE;
--> statement-breakpoint
DROP POLICY "plugin_events_select_admin" ON "plugin_events" CASCADE;
--> statement-breakpoint
DROP TABLE "plugin_events" CASCADE;
--> statement-breakpoint
DROP INDEX "trials_subscription_id_idx";
--> statement-breakpoint
ALTER TABLE "trials" DROP COLUMN "subscription_id";
--> statement-breakpoint
DROP TYPE "public"."plugin_event_kind";
