CREATE TYPE "public"."invoice_status" AS ENUM('draft', 'open', 'paid', 'void', 'uncollectible');--> statement-breakpoint
CREATE TYPE "public"."billing_interval" AS ENUM('month', 'year');--> statement-breakpoint
CREATE TYPE "public"."compute_tier" AS ENUM('lambda', 'container', 'dedicated');--> statement-breakpoint
CREATE TYPE "public"."database_tier" AS ENUM('shared', 'dedicated');--> statement-breakpoint
CREATE TYPE "public"."payment_provider" AS ENUM('stripe', 'lemon_squeezy', 'lago', 'manual');--> statement-breakpoint
CREATE TYPE "public"."subscription_status" AS ENUM('trial', 'trialing', 'active', 'past_due', 'unpaid', 'incomplete', 'paused', 'cancelled', 'expired');--> statement-breakpoint
CREATE TYPE "public"."transaction_status" AS ENUM('pending', 'succeeded', 'failed', 'refunded', 'cancelled');--> statement-breakpoint
CREATE TABLE "features" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key" text NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"category" text DEFAULT 'core' NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "features_key_key" UNIQUE("key"),
	CONSTRAINT "features_key_check" CHECK ("features"."key" ~ '^[a-z][a-z0-9_.:-]*$')
);
--> statement-breakpoint
ALTER TABLE "features" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "plan_features" (
	"plan_id" uuid NOT NULL,
	"feature_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plan_features_pkey" PRIMARY KEY("plan_id","feature_id")
);
--> statement-breakpoint
ALTER TABLE "plan_features" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "invoices" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"subscription_id" uuid,
	"number" text NOT NULL,
	"status" "invoice_status" DEFAULT 'draft' NOT NULL,
	"subtotal" integer DEFAULT 0 NOT NULL,
	"tax" integer DEFAULT 0 NOT NULL,
	"total" integer DEFAULT 0 NOT NULL,
	"currency" text DEFAULT 'USD' NOT NULL,
	"period_start" timestamp with time zone,
	"period_end" timestamp with time zone,
	"due_at" timestamp with time zone,
	"paid_at" timestamp with time zone,
	"provider" "payment_provider",
	"provider_invoice_id" text,
	"line_items" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "invoices_number_key" UNIQUE("number"),
	CONSTRAINT "invoices_amounts_check" CHECK ("invoices"."subtotal" >= 0 and "invoices"."tax" >= 0),
	CONSTRAINT "invoices_total_check" CHECK ("invoices"."total" = "invoices"."subtotal" + "invoices"."tax"),
	CONSTRAINT "invoices_currency_check" CHECK ("invoices"."currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "invoices_period_check" CHECK ("invoices"."period_end" is null or "invoices"."period_start" is null or "invoices"."period_end" >= "invoices"."period_start"),
	CONSTRAINT "invoices_paid_check" CHECK ("invoices"."status" <> 'paid' or "invoices"."paid_at" is not null),
	CONSTRAINT "invoices_line_items_check" CHECK (jsonb_typeof("invoices"."line_items") = 'array'),
	CONSTRAINT "invoices_provider_check" CHECK ("invoices"."provider_invoice_id" is null or "invoices"."provider" is not null)
);
--> statement-breakpoint
ALTER TABLE "invoices" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"description" text,
	"price" integer DEFAULT 0 NOT NULL,
	"currency" text DEFAULT 'USD' NOT NULL,
	"billing_interval" "billing_interval" DEFAULT 'month' NOT NULL,
	"trial_days" integer DEFAULT 0 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"is_public" boolean DEFAULT true NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	"messages_per_day" integer,
	"storage_bytes" bigint,
	"max_agents" integer,
	"max_instances" integer,
	"api_requests_per_day" integer,
	"database_tier" "database_tier" DEFAULT 'shared' NOT NULL,
	"compute_tier" "compute_tier" DEFAULT 'lambda' NOT NULL,
	"backup_retention_days" integer DEFAULT 7 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plans_code_key" UNIQUE("code"),
	CONSTRAINT "plans_price_check" CHECK ("plans"."price" >= 0),
	CONSTRAINT "plans_currency_check" CHECK ("plans"."currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "plans_code_check" CHECK ("plans"."code" ~ '^[a-z][a-z0-9_-]*$'),
	CONSTRAINT "plans_trial_days_check" CHECK ("plans"."trial_days" between 0 and 365),
	CONSTRAINT "plans_limits_check" CHECK (coalesce("plans"."messages_per_day", 0) >= 0 and coalesce("plans"."storage_bytes", 0) >= 0
        and coalesce("plans"."max_agents", 0) >= 0 and coalesce("plans"."max_instances", 0) >= 0
        and coalesce("plans"."api_requests_per_day", 0) >= 0 and "plans"."backup_retention_days" >= 0)
);
--> statement-breakpoint
ALTER TABLE "plans" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "subscriptions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"plan_id" uuid,
	"plugin_id" text,
	"status" "subscription_status" DEFAULT 'active' NOT NULL,
	"provider" "payment_provider",
	"provider_subscription_id" text,
	"provider_customer_id" text,
	"current_period_start" timestamp with time zone,
	"current_period_end" timestamp with time zone,
	"trial_ends_at" timestamp with time zone,
	"cancel_at_period_end" boolean DEFAULT false NOT NULL,
	"cancelled_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	"provider_event_at" timestamp with time zone,
	"metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "subscriptions_one_target_check" CHECK (num_nonnulls("subscriptions"."plan_id", "subscriptions"."plugin_id") = 1),
	CONSTRAINT "subscriptions_provider_check" CHECK (("subscriptions"."provider_subscription_id" is null and "subscriptions"."provider_customer_id" is null) or "subscriptions"."provider" is not null),
	CONSTRAINT "subscriptions_period_check" CHECK ("subscriptions"."current_period_end" is null or "subscriptions"."current_period_start" is null or "subscriptions"."current_period_end" >= "subscriptions"."current_period_start")
);
--> statement-breakpoint
ALTER TABLE "subscriptions" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "transactions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"subscription_id" uuid,
	"invoice_id" uuid,
	"amount" integer NOT NULL,
	"currency" text DEFAULT 'USD' NOT NULL,
	"status" "transaction_status" DEFAULT 'pending' NOT NULL,
	"provider" "payment_provider" DEFAULT 'manual' NOT NULL,
	"provider_payment_id" text,
	"description" text,
	"failure_reason" text,
	"provider_event_at" timestamp with time zone,
	"metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "transactions_amount_check" CHECK ("transactions"."amount" > 0),
	CONSTRAINT "transactions_currency_check" CHECK ("transactions"."currency" ~ '^[A-Z]{3}$')
);
--> statement-breakpoint
ALTER TABLE "transactions" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "usage_counters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"metric" text NOT NULL,
	"count" integer DEFAULT 0 NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"window_end" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "usage_counters_user_id_metric_window_start_key" UNIQUE("user_id","metric","window_start"),
	CONSTRAINT "usage_counters_count_check" CHECK ("usage_counters"."count" >= 0),
	CONSTRAINT "usage_counters_window_check" CHECK ("usage_counters"."window_end" > "usage_counters"."window_start")
);
--> statement-breakpoint
ALTER TABLE "usage_counters" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "plan_features" ADD CONSTRAINT "plan_features_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plan_features" ADD CONSTRAINT "plan_features_feature_id_features_id_fk" FOREIGN KEY ("feature_id") REFERENCES "public"."features"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invoices" ADD CONSTRAINT "invoices_subscription_id_subscriptions_id_fk" FOREIGN KEY ("subscription_id") REFERENCES "public"."subscriptions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_plan_id_plans_id_fk" FOREIGN KEY ("plan_id") REFERENCES "public"."plans"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transactions" ADD CONSTRAINT "transactions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transactions" ADD CONSTRAINT "transactions_subscription_id_subscriptions_id_fk" FOREIGN KEY ("subscription_id") REFERENCES "public"."subscriptions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "transactions" ADD CONSTRAINT "transactions_invoice_id_invoices_id_fk" FOREIGN KEY ("invoice_id") REFERENCES "public"."invoices"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "usage_counters" ADD CONSTRAINT "usage_counters_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "features_category_idx" ON "features" USING btree ("category");--> statement-breakpoint
CREATE INDEX "plan_features_feature_id_idx" ON "plan_features" USING btree ("feature_id");--> statement-breakpoint
CREATE UNIQUE INDEX "invoices_provider_invoice_key" ON "invoices" USING btree ("provider","provider_invoice_id");--> statement-breakpoint
CREATE INDEX "invoices_user_id_idx" ON "invoices" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "invoices_subscription_id_idx" ON "invoices" USING btree ("subscription_id");--> statement-breakpoint
CREATE INDEX "invoices_status_idx" ON "invoices" USING btree ("status");--> statement-breakpoint
CREATE INDEX "plans_catalogue_idx" ON "plans" USING btree ("sort_order") WHERE "plans"."is_active" and "plans"."is_public";--> statement-breakpoint
CREATE UNIQUE INDEX "subscriptions_one_live_plan_per_user" ON "subscriptions" USING btree ("user_id") WHERE "subscriptions"."plan_id" is not null and "subscriptions"."status" in ('trial', 'trialing', 'active', 'past_due', 'unpaid', 'incomplete', 'paused');--> statement-breakpoint
CREATE UNIQUE INDEX "subscriptions_provider_subscription_key" ON "subscriptions" USING btree ("provider","provider_subscription_id");--> statement-breakpoint
CREATE INDEX "subscriptions_user_id_idx" ON "subscriptions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "subscriptions_plan_id_idx" ON "subscriptions" USING btree ("plan_id");--> statement-breakpoint
CREATE INDEX "subscriptions_plugin_id_idx" ON "subscriptions" USING btree ("plugin_id") WHERE "subscriptions"."plugin_id" is not null;--> statement-breakpoint
CREATE INDEX "subscriptions_status_idx" ON "subscriptions" USING btree ("status");--> statement-breakpoint
CREATE UNIQUE INDEX "transactions_provider_payment_key" ON "transactions" USING btree ("provider","provider_payment_id");--> statement-breakpoint
CREATE INDEX "transactions_user_id_idx" ON "transactions" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "transactions_subscription_id_idx" ON "transactions" USING btree ("subscription_id");--> statement-breakpoint
CREATE INDEX "transactions_invoice_id_idx" ON "transactions" USING btree ("invoice_id");--> statement-breakpoint
CREATE INDEX "transactions_succeeded_created_at_idx" ON "transactions" USING btree ("created_at") WHERE "transactions"."status" = 'succeeded';--> statement-breakpoint
CREATE INDEX "idx_usage_counters_window" ON "usage_counters" USING btree ("window_start","window_end");--> statement-breakpoint
CREATE INDEX "idx_usage_counters_metric" ON "usage_counters" USING btree ("metric");--> statement-breakpoint
CREATE INDEX "idx_usage_counters_user_window" ON "usage_counters" USING btree ("user_id","window_start","window_end");--> statement-breakpoint
CREATE POLICY "features_select_active_anon" ON "features" AS PERMISSIVE FOR SELECT TO "anon" USING (is_active);--> statement-breakpoint
CREATE POLICY "features_select_active_or_admin" ON "features" AS PERMISSIVE FOR SELECT TO "authenticated" USING (is_active or (select saas_private.is_admin()));--> statement-breakpoint
CREATE POLICY "plan_features_select_visible_plan_anon" ON "plan_features" AS PERMISSIVE FOR SELECT TO "anon" USING (exists (select 1 from public.plans p where p.id = plan_features.plan_id));--> statement-breakpoint
CREATE POLICY "plan_features_select_visible_plan" ON "plan_features" AS PERMISSIVE FOR SELECT TO "authenticated" USING (exists (select 1 from public.plans p where p.id = plan_features.plan_id));--> statement-breakpoint
CREATE POLICY "invoices_select_own_or_admin" ON "invoices" AS PERMISSIVE FOR SELECT TO "authenticated" USING (user_id = (select auth.uid()) or (select saas_private.is_admin()));--> statement-breakpoint
CREATE POLICY "plans_select_catalogue_anon" ON "plans" AS PERMISSIVE FOR SELECT TO "anon" USING (is_active and is_public);--> statement-breakpoint
CREATE POLICY "plans_select_catalogue_own_or_admin" ON "plans" AS PERMISSIVE FOR SELECT TO "authenticated" USING ((is_active and is_public) or (select saas_private.is_admin()) or exists (
        select 1 from public.subscriptions s where s.plan_id = plans.id and s.user_id = (select auth.uid())));--> statement-breakpoint
CREATE POLICY "subscriptions_select_own_or_admin" ON "subscriptions" AS PERMISSIVE FOR SELECT TO "authenticated" USING (user_id = (select auth.uid()) or (select saas_private.is_admin()));--> statement-breakpoint
CREATE POLICY "transactions_select_own_or_admin" ON "transactions" AS PERMISSIVE FOR SELECT TO "authenticated" USING (user_id = (select auth.uid()) or (select saas_private.is_admin()));--> statement-breakpoint
CREATE POLICY "usage_counters_select_own_or_admin" ON "usage_counters" AS PERMISSIVE FOR SELECT TO "authenticated" USING (user_id = (select auth.uid()) or (select saas_private.is_admin()));