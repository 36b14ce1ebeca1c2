DROP TRIGGER IF EXISTS set_updated_at ON public.usage_counters;
DROP TRIGGER IF EXISTS set_updated_at ON public.invoices;
DROP TRIGGER IF EXISTS set_updated_at ON public.transactions;
DROP TRIGGER IF EXISTS set_updated_at ON public.subscriptions;
DROP TRIGGER IF EXISTS set_updated_at ON public.plan_features;
DROP TRIGGER IF EXISTS set_updated_at ON public.features;
DROP TRIGGER IF EXISTS set_updated_at ON public.plans;
-- Back to the grants the tables had when created (the default privileges).
REVOKE ALL ON public.plans, public.features, public.plan_features, public.subscriptions,
  public.transactions, public.invoices, public.usage_counters FROM anon, authenticated, service_role;
GRANT ALL ON public.plans, public.features, public.plan_features, public.subscriptions,
  public.transactions, public.invoices, public.usage_counters TO anon, authenticated, service_role;
