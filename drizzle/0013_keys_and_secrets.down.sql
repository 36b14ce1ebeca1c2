ALTER TABLE "usage_counters" DROP CONSTRAINT "usage_counters_pkey";
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "password_hash" text;
--> statement-breakpoint
ALTER TABLE "usage_counters" ADD CONSTRAINT "usage_counters_user_id_metric_window_start_key" UNIQUE("user_id","metric","window_start");
