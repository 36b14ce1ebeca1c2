DROP INDEX "idx_usage_counters_window_end";
--> statement-breakpoint
CREATE INDEX "idx_usage_counters_window" ON "usage_counters" USING btree ("window_start","window_end");
