ALTER TABLE "usage_aggregates" ALTER COLUMN "period" SET DATA TYPE text;
--> statement-breakpoint
ALTER TABLE "usage_aggregates" ALTER COLUMN "count" SET DATA TYPE bigint;
--> statement-breakpoint
ALTER TABLE "usage_aggregates" ALTER COLUMN "agent_executions" SET DATA TYPE jsonb;
--> statement-breakpoint
ALTER TABLE "usage_aggregates" ALTER COLUMN "agent_executions" SET DEFAULT '{}'::jsonb;
--> statement-breakpoint
ALTER TABLE "usage_aggregates" ADD CONSTRAINT "usage_aggregates_period_check" CHECK (period ~ '^[0-9]{4}-(0[1-9]|1[0-2])$');
--> statement-breakpoint
ALTER TABLE "usage_aggregates" ADD CONSTRAINT "usage_aggregates_count_check" CHECK ("usage_aggregates"."count" >= 0);
--> statement-breakpoint
ALTER TABLE "usage_aggregates" ADD CONSTRAINT "usage_aggregates_agent_executions_check" CHECK (jsonb_typeof("usage_aggregates"."agent_executions") = 'object');
