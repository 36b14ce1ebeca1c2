DROP TRIGGER IF EXISTS set_updated_at ON public.usage_counters;
--> statement-breakpoint
DROP TRIGGER IF EXISTS set_updated_at ON public.invoices;
--> statement-breakpoint
DROP TRIGGER IF EXISTS set_updated_at ON public.transactions;
--> statement-breakpoint
DROP TRIGGER IF EXISTS set_updated_at ON public.subscriptions;
--> statement-breakpoint
DROP TRIGGER IF EXISTS set_updated_at ON public.plan_features;
--> statement-breakpoint
DROP TRIGGER IF EXISTS set_updated_at ON public.features;
--> statement-breakpoint
DROP TRIGGER IF EXISTS set_updated_at ON public.plans;
--> statement-breakpoint
-- Back to the grants the tables had when created (the default privileges).
REVOKE ALL ON public.plans, public.features, public.plan_features, public.subscriptions,
  public.transactions, public.invoices, public.usage_counters FROM anon, authenticated, service_role;
--> statement-breakpoint
GRANT ALL ON public.plans, public.features, public.plan_features, public.subscriptions,
  public.transactions, public.invoices, public.usage_counters TO anon, authenticated, service_role;
