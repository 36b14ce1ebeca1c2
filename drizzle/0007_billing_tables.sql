-- saas-schema unit: billing/tables sha256:c7a17bc587c7d8bb68ed31d5376c58dddc6cdbebcbaf6c46cada875d4a1cc01a
-- Generated from src/functions/billing/tables.sql by npm run db:generate: edit that file, not this one.
-- phase: after-tables
-- billing: `updated_at` triggers and the grants of the billing tables. Supabase's default
-- privileges give anon/authenticated ALL on new tables; here every table gets exactly what it
-- means: the catalogue is readable by everyone (RLS narrows it to the active public part),
-- per-user tables are readable by `authenticated` (RLS: own rows, admin all), and only
-- `service_role` writes.

CREATE OR REPLACE TRIGGER set_updated_at
  BEFORE UPDATE ON public.plans
  FOR EACH ROW EXECUTE FUNCTION saas_private.set_updated_at();
--> statement-breakpoint
CREATE OR REPLACE TRIGGER set_updated_at
  BEFORE UPDATE ON public.features
  FOR EACH ROW EXECUTE FUNCTION saas_private.set_updated_at();
--> statement-breakpoint
CREATE OR REPLACE TRIGGER set_updated_at
  BEFORE UPDATE ON public.plan_features
  FOR EACH ROW EXECUTE FUNCTION saas_private.set_updated_at();
--> statement-breakpoint
CREATE OR REPLACE TRIGGER set_updated_at
  BEFORE UPDATE ON public.subscriptions
  FOR EACH ROW EXECUTE FUNCTION saas_private.set_updated_at();
--> statement-breakpoint
CREATE OR REPLACE TRIGGER set_updated_at
  BEFORE UPDATE ON public.transactions
  FOR EACH ROW EXECUTE FUNCTION saas_private.set_updated_at();
--> statement-breakpoint
CREATE OR REPLACE TRIGGER set_updated_at
  BEFORE UPDATE ON public.invoices
  FOR EACH ROW EXECUTE FUNCTION saas_private.set_updated_at();
--> statement-breakpoint
CREATE OR REPLACE TRIGGER set_updated_at
  BEFORE UPDATE ON public.usage_counters
  FOR EACH ROW EXECUTE FUNCTION saas_private.set_updated_at();
--> statement-breakpoint
REVOKE ALL ON public.plans, public.features, public.plan_features FROM anon, authenticated;
--> statement-breakpoint
GRANT SELECT ON public.plans, public.features, public.plan_features TO anon, authenticated;
--> statement-breakpoint
REVOKE ALL ON public.subscriptions, public.transactions, public.invoices, public.usage_counters
  FROM anon, authenticated;
--> statement-breakpoint
GRANT SELECT ON public.subscriptions, public.transactions, public.invoices, public.usage_counters
  TO authenticated;
--> statement-breakpoint
GRANT ALL ON public.plans, public.features, public.plan_features, public.subscriptions,
  public.transactions, public.invoices, public.usage_counters TO service_role;
