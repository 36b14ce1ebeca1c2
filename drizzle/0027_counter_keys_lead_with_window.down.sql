ALTER TABLE "usage_counters" DROP CONSTRAINT "usage_counters_pkey";
--> statement-breakpoint
ALTER TABLE "usage_counters" ADD CONSTRAINT "usage_counters_pkey" PRIMARY KEY("user_id","metric","window_start");
--> statement-breakpoint
ALTER TABLE "usage_aggregates" DROP CONSTRAINT "usage_aggregates_pkey";
--> statement-breakpoint
ALTER TABLE "usage_aggregates" ADD CONSTRAINT "usage_aggregates_pkey" PRIMARY KEY("user_id","plugin_id","period","metric");
--> statement-breakpoint
DROP INDEX "usage_counters_user_id_window_start_idx";
--> statement-breakpoint
DROP INDEX "usage_aggregates_user_id_period_idx";
