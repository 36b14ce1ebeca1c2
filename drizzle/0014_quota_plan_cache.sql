DROP INDEX "idx_usage_counters_window";--> statement-breakpoint
CREATE INDEX "idx_usage_counters_window_end" ON "usage_counters" USING btree ("window_end");