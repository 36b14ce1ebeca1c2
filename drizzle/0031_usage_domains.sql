ALTER TABLE "usage_aggregates" DROP CONSTRAINT "usage_aggregates_period_check";--> statement-breakpoint
ALTER TABLE "usage_aggregates" DROP CONSTRAINT "usage_aggregates_count_check";--> statement-breakpoint
ALTER TABLE "usage_aggregates" DROP CONSTRAINT "usage_aggregates_agent_executions_check";--> statement-breakpoint
ALTER TABLE "usage_aggregates" ALTER COLUMN "period" SET DATA TYPE "usage_period";--> statement-breakpoint
ALTER TABLE "usage_aggregates" ALTER COLUMN "count" SET DATA TYPE "usage_count";--> statement-breakpoint
ALTER TABLE "usage_aggregates" ALTER COLUMN "agent_executions" SET DATA TYPE "agent_execution_counts";--> statement-breakpoint
ALTER TABLE "usage_aggregates" ALTER COLUMN "agent_executions" SET DEFAULT '{}'::jsonb;