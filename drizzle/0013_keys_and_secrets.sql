ALTER TABLE "usage_counters" DROP CONSTRAINT "usage_counters_user_id_metric_window_start_key";--> statement-breakpoint
ALTER TABLE "usage_counters" ADD CONSTRAINT "usage_counters_pkey" PRIMARY KEY("user_id","metric","window_start");--> statement-breakpoint
ALTER TABLE "users" DROP COLUMN "password_hash";