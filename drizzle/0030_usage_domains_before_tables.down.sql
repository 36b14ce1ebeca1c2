DROP DOMAIN IF EXISTS public.usage_period;
--> statement-breakpoint
DROP DOMAIN IF EXISTS public.usage_count;
--> statement-breakpoint
DROP DOMAIN IF EXISTS public.agent_execution_counts;
