CREATE INDEX "usage_counters_user_id_window_start_idx" ON "usage_counters" USING btree ("user_id","window_start");--> statement-breakpoint
CREATE INDEX "usage_aggregates_user_id_period_idx" ON "usage_aggregates" USING btree ("user_id","period");--> statement-breakpoint
ALTER TABLE "usage_counters" DROP CONSTRAINT "usage_counters_pkey";
--> statement-breakpoint
ALTER TABLE "usage_counters" ADD CONSTRAINT "usage_counters_pkey" PRIMARY KEY("window_start","user_id","metric");--> statement-breakpoint
ALTER TABLE "usage_aggregates" DROP CONSTRAINT "usage_aggregates_pkey";
--> statement-breakpoint
ALTER TABLE "usage_aggregates" ADD CONSTRAINT "usage_aggregates_pkey" PRIMARY KEY("period","user_id","plugin_id","metric");