CREATE TYPE "public"."license_status" AS ENUM('active', 'revoked');--> statement-breakpoint
CREATE TYPE "public"."log_level" AS ENUM('debug', 'info', 'warn', 'error');--> statement-breakpoint
CREATE TYPE "public"."notification_channel" AS ENUM('email', 'in_app', 'webhook');--> statement-breakpoint
CREATE TYPE "public"."plugin_billing_interval" AS ENUM('monthly', 'one_time');--> statement-breakpoint
CREATE TYPE "public"."plugin_status" AS ENUM('draft', 'published', 'deprecated');--> statement-breakpoint
CREATE TYPE "public"."plugin_tier" AS ENUM('free', 'pro', 'enterprise');--> statement-breakpoint
CREATE TYPE "public"."submission_status" AS ENUM('pending', 'in_review', 'approved', 'rejected');--> statement-breakpoint
CREATE TYPE "public"."trial_status" AS ENUM('active', 'converted', 'expired');--> statement-breakpoint
CREATE TABLE "licenses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"plugin_id" text NOT NULL,
	"subscription_id" uuid,
	"key_prefix" text NOT NULL,
	"key_hash" text NOT NULL,
	"status" "license_status" DEFAULT 'active' NOT NULL,
	"issued_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "licenses_key_hash_check" CHECK ("licenses"."key_hash" ~ '^[0-9a-f]{64}$'),
	CONSTRAINT "licenses_expiry_check" CHECK ("licenses"."expires_at" is null or "licenses"."expires_at" > "licenses"."issued_at")
);
--> statement-breakpoint
ALTER TABLE "licenses" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "revoked_licenses" (
	"license_id" uuid PRIMARY KEY NOT NULL,
	"key_hash" text NOT NULL,
	"reason" text NOT NULL,
	"revoked_by" uuid,
	"revoked_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "revoked_licenses" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "logs" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "logs_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"level" "log_level" DEFAULT 'info' NOT NULL,
	"message" text NOT NULL,
	"context" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "logs_context_check" CHECK (jsonb_typeof("logs"."context") = 'object')
);
--> statement-breakpoint
ALTER TABLE "logs" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "notification_preferences" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"channel" "notification_channel" NOT NULL,
	"topic" text NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "notification_preferences" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "plugin_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"plugin_id" text NOT NULL,
	"user_id" uuid NOT NULL,
	"rating" integer NOT NULL,
	"title" text,
	"body" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plugin_reviews_rating_check" CHECK ("plugin_reviews"."rating" between 1 and 5)
);
--> statement-breakpoint
ALTER TABLE "plugin_reviews" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "plugin_submissions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"submitter_id" uuid NOT NULL,
	"plugin_id" text NOT NULL,
	"display_name" text NOT NULL,
	"description" text,
	"tier" "plugin_tier" DEFAULT 'free' NOT NULL,
	"price" integer DEFAULT 0 NOT NULL,
	"billing_interval" "plugin_billing_interval" DEFAULT 'monthly' NOT NULL,
	"category" text,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"version" text NOT NULL,
	"metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"status" "submission_status" DEFAULT 'pending' NOT NULL,
	"reviewer_id" uuid,
	"review_notes" text,
	"reviewed_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plugin_submissions_plugin_id_check" CHECK ("plugin_submissions"."plugin_id" ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
	CONSTRAINT "plugin_submissions_price_check" CHECK ("plugin_submissions"."price" >= 0),
	CONSTRAINT "plugin_submissions_reviewed_check" CHECK (("plugin_submissions"."status" in ('approved', 'rejected')) = ("plugin_submissions"."reviewed_at" is not null))
);
--> statement-breakpoint
ALTER TABLE "plugin_submissions" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "plugins" (
	"id" text PRIMARY KEY NOT NULL,
	"display_name" text NOT NULL,
	"description" text,
	"author_id" uuid,
	"tier" "plugin_tier" DEFAULT 'free' NOT NULL,
	"price" integer DEFAULT 0 NOT NULL,
	"currency" text DEFAULT 'USD' NOT NULL,
	"billing_interval" "plugin_billing_interval" DEFAULT 'monthly' NOT NULL,
	"category" text,
	"tags" text[] DEFAULT '{}'::text[] NOT NULL,
	"metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"status" "plugin_status" DEFAULT 'draft' NOT NULL,
	"version" text DEFAULT '1.0.0' NOT NULL,
	"requires_plugin" text,
	"downloads" integer DEFAULT 0 NOT NULL,
	"rating" numeric(3, 2) DEFAULT 0 NOT NULL,
	"review_count" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plugins_id_check" CHECK ("plugins"."id" ~ '^[a-z0-9][a-z0-9-]{1,62}$'),
	CONSTRAINT "plugins_price_check" CHECK ("plugins"."price" >= 0),
	CONSTRAINT "plugins_currency_check" CHECK ("plugins"."currency" ~ '^[A-Z]{3}$'),
	CONSTRAINT "plugins_not_self_requiring_check" CHECK ("plugins"."requires_plugin" <> "plugins"."id"),
	CONSTRAINT "plugins_counters_check" CHECK ("plugins"."downloads" >= 0 and "plugins"."review_count" >= 0),
	CONSTRAINT "plugins_rating_check" CHECK ("plugins"."rating" between 0 and 5),
	CONSTRAINT "plugins_metadata_check" CHECK (jsonb_typeof("plugins"."metadata") = 'object')
);
--> statement-breakpoint
ALTER TABLE "plugins" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "trials" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"plugin_id" text NOT NULL,
	"status" "trial_status" DEFAULT 'active' NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"converted_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "trials_period_check" CHECK ("trials"."ends_at" > "trials"."started_at"),
	CONSTRAINT "trials_converted_check" CHECK (("trials"."status" = 'converted') = ("trials"."converted_at" is not null))
);
--> statement-breakpoint
ALTER TABLE "trials" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "usage_aggregates" (
	"user_id" uuid NOT NULL,
	"plugin_id" text NOT NULL,
	"period" text NOT NULL,
	"metric" text NOT NULL,
	"count" bigint DEFAULT 0 NOT NULL,
	"agent_executions" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "usage_aggregates_pkey" PRIMARY KEY("user_id","plugin_id","period","metric"),
	CONSTRAINT "usage_aggregates_period_check" CHECK (period ~ '^[0-9]{4}-(0[1-9]|1[0-2])$'),
	CONSTRAINT "usage_aggregates_count_check" CHECK ("usage_aggregates"."count" >= 0),
	CONSTRAINT "usage_aggregates_agent_executions_check" CHECK (jsonb_typeof("usage_aggregates"."agent_executions") = 'object')
);
--> statement-breakpoint
ALTER TABLE "usage_aggregates" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "usage_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"plugin_id" text NOT NULL,
	"metric" text NOT NULL,
	"quantity" integer DEFAULT 1 NOT NULL,
	"metadata" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"idempotency_key" text NOT NULL,
	CONSTRAINT "usage_events_quantity_check" CHECK ("usage_events"."quantity" > 0)
);
--> statement-breakpoint
ALTER TABLE "usage_events" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "webhook_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"provider" "payment_provider" NOT NULL,
	"event_id" text NOT NULL,
	"type" text NOT NULL,
	"payload" jsonb NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"processed_at" timestamp with time zone,
	"error" text
);
--> statement-breakpoint
ALTER TABLE "webhook_events" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "licenses" ADD CONSTRAINT "licenses_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "licenses" ADD CONSTRAINT "licenses_plugin_id_plugins_id_fk" FOREIGN KEY ("plugin_id") REFERENCES "public"."plugins"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "licenses" ADD CONSTRAINT "licenses_subscription_id_subscriptions_id_fk" FOREIGN KEY ("subscription_id") REFERENCES "public"."subscriptions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "revoked_licenses" ADD CONSTRAINT "revoked_licenses_license_id_licenses_id_fk" FOREIGN KEY ("license_id") REFERENCES "public"."licenses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "revoked_licenses" ADD CONSTRAINT "revoked_licenses_revoked_by_users_id_fk" FOREIGN KEY ("revoked_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "notification_preferences" ADD CONSTRAINT "notification_preferences_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plugin_reviews" ADD CONSTRAINT "plugin_reviews_plugin_id_plugins_id_fk" FOREIGN KEY ("plugin_id") REFERENCES "public"."plugins"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plugin_reviews" ADD CONSTRAINT "plugin_reviews_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plugin_submissions" ADD CONSTRAINT "plugin_submissions_submitter_id_users_id_fk" FOREIGN KEY ("submitter_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plugin_submissions" ADD CONSTRAINT "plugin_submissions_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plugins" ADD CONSTRAINT "plugins_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plugins" ADD CONSTRAINT "plugins_requires_plugin_plugins_id_fk" FOREIGN KEY ("requires_plugin") REFERENCES "public"."plugins"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trials" ADD CONSTRAINT "trials_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trials" ADD CONSTRAINT "trials_plugin_id_plugins_id_fk" FOREIGN KEY ("plugin_id") REFERENCES "public"."plugins"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "usage_aggregates" ADD CONSTRAINT "usage_aggregates_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "usage_aggregates" ADD CONSTRAINT "usage_aggregates_plugin_id_plugins_id_fk" FOREIGN KEY ("plugin_id") REFERENCES "public"."plugins"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "usage_events" ADD CONSTRAINT "usage_events_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "usage_events" ADD CONSTRAINT "usage_events_plugin_id_plugins_id_fk" FOREIGN KEY ("plugin_id") REFERENCES "public"."plugins"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "licenses_key_hash_key" ON "licenses" USING btree ("key_hash");--> statement-breakpoint
CREATE INDEX "licenses_user_id_idx" ON "licenses" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "licenses_plugin_id_idx" ON "licenses" USING btree ("plugin_id");--> statement-breakpoint
CREATE INDEX "licenses_subscription_id_idx" ON "licenses" USING btree ("subscription_id");--> statement-breakpoint
CREATE UNIQUE INDEX "revoked_licenses_key_hash_key" ON "revoked_licenses" USING btree ("key_hash");--> statement-breakpoint
CREATE INDEX "logs_created_at_idx" ON "logs" USING btree ("created_at" DESC NULLS FIRST);--> statement-breakpoint
CREATE UNIQUE INDEX "notification_preferences_key" ON "notification_preferences" USING btree ("user_id","channel","topic");--> statement-breakpoint
CREATE UNIQUE INDEX "plugin_reviews_plugin_user_key" ON "plugin_reviews" USING btree ("plugin_id","user_id");--> statement-breakpoint
CREATE INDEX "plugin_reviews_user_id_idx" ON "plugin_reviews" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "plugin_submissions_submitter_id_idx" ON "plugin_submissions" USING btree ("submitter_id");--> statement-breakpoint
CREATE INDEX "plugin_submissions_open_idx" ON "plugin_submissions" USING btree ("created_at") WHERE "plugin_submissions"."status" in ('pending', 'in_review');--> statement-breakpoint
CREATE INDEX "plugins_tier_downloads_idx" ON "plugins" USING btree ("tier","downloads" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "plugins_downloads_idx" ON "plugins" USING btree ("downloads" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "plugins_rating_idx" ON "plugins" USING btree ("rating" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "plugins_created_at_idx" ON "plugins" USING btree ("created_at" DESC NULLS FIRST);--> statement-breakpoint
CREATE INDEX "plugins_category_idx" ON "plugins" USING btree ("category");--> statement-breakpoint
CREATE INDEX "plugins_status_idx" ON "plugins" USING btree ("status");--> statement-breakpoint
CREATE INDEX "plugins_author_id_idx" ON "plugins" USING btree ("author_id");--> statement-breakpoint
CREATE INDEX "plugins_requires_plugin_idx" ON "plugins" USING btree ("requires_plugin");--> statement-breakpoint
CREATE INDEX "plugins_search_idx" ON "plugins" USING gin (to_tsvector('simple', "display_name" || ' ' || coalesce("description", '')));--> statement-breakpoint
CREATE INDEX "plugins_tags_idx" ON "plugins" USING gin ("tags");--> statement-breakpoint
CREATE INDEX "plugins_metadata_idx" ON "plugins" USING gin ("metadata");--> statement-breakpoint
CREATE UNIQUE INDEX "trials_user_plugin_key" ON "trials" USING btree ("user_id","plugin_id");--> statement-breakpoint
CREATE INDEX "trials_active_ends_at_idx" ON "trials" USING btree ("ends_at") WHERE "trials"."status" = 'active';--> statement-breakpoint
CREATE UNIQUE INDEX "usage_events_idempotency_key" ON "usage_events" USING btree ("user_id","idempotency_key");--> statement-breakpoint
CREATE INDEX "usage_events_user_occurred_at_idx" ON "usage_events" USING btree ("user_id","occurred_at");--> statement-breakpoint
CREATE INDEX "usage_events_plugin_occurred_at_idx" ON "usage_events" USING btree ("plugin_id","occurred_at");--> statement-breakpoint
CREATE UNIQUE INDEX "webhook_events_provider_event_key" ON "webhook_events" USING btree ("provider","event_id");--> statement-breakpoint
CREATE INDEX "webhook_events_unprocessed_idx" ON "webhook_events" USING btree ("received_at") WHERE "webhook_events"."processed_at" is null;--> statement-breakpoint
ALTER TABLE "subscriptions" ADD CONSTRAINT "subscriptions_plugin_id_plugins_id_fk" FOREIGN KEY ("plugin_id") REFERENCES "public"."plugins"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
CREATE POLICY "licenses_select_authenticated" ON "licenses" AS PERMISSIVE FOR SELECT TO "authenticated" USING ("user_id" = (select auth.uid()));--> statement-breakpoint
CREATE POLICY "licenses_select_admin" ON "licenses" AS PERMISSIVE FOR SELECT TO "saas_admin" USING ((select saas_private.is_admin()));--> statement-breakpoint
CREATE POLICY "revoked_licenses_select_admin" ON "revoked_licenses" AS PERMISSIVE FOR SELECT TO "saas_admin" USING ((select saas_private.is_admin()));--> statement-breakpoint
CREATE POLICY "logs_select_admin" ON "logs" AS PERMISSIVE FOR SELECT TO "saas_admin" USING ((select saas_private.is_admin()));--> statement-breakpoint
CREATE POLICY "notification_preferences_select_authenticated" ON "notification_preferences" AS PERMISSIVE FOR SELECT TO "authenticated" USING ("user_id" = (select auth.uid()));--> statement-breakpoint
CREATE POLICY "notification_preferences_insert_authenticated" ON "notification_preferences" AS PERMISSIVE FOR INSERT TO "authenticated" WITH CHECK ("user_id" = (select auth.uid()));--> statement-breakpoint
CREATE POLICY "notification_preferences_update_authenticated" ON "notification_preferences" AS PERMISSIVE FOR UPDATE TO "authenticated" USING ("user_id" = (select auth.uid())) WITH CHECK ("user_id" = (select auth.uid()));--> statement-breakpoint
CREATE POLICY "notification_preferences_delete_authenticated" ON "notification_preferences" AS PERMISSIVE FOR DELETE TO "authenticated" USING ("user_id" = (select auth.uid()));--> statement-breakpoint
CREATE POLICY "notification_preferences_select_admin" ON "notification_preferences" AS PERMISSIVE FOR SELECT TO "saas_admin" USING ((select saas_private.is_admin()));--> statement-breakpoint
CREATE POLICY "plugin_reviews_select_anon" ON "plugin_reviews" AS PERMISSIVE FOR SELECT TO "anon" USING (exists (
  select 1 from public.plugins p where p.id = plugin_reviews.plugin_id and p.status = 'published'));--> statement-breakpoint
CREATE POLICY "plugin_reviews_select_authenticated" ON "plugin_reviews" AS PERMISSIVE FOR SELECT TO "authenticated" USING (exists (
  select 1 from public.plugins p where p.id = plugin_reviews.plugin_id and p.status = 'published') or user_id = (select auth.uid()));--> statement-breakpoint
CREATE POLICY "plugin_reviews_insert_authenticated" ON "plugin_reviews" AS PERMISSIVE FOR INSERT TO "authenticated" WITH CHECK ("user_id" = (select auth.uid()));--> statement-breakpoint
CREATE POLICY "plugin_reviews_update_authenticated" ON "plugin_reviews" AS PERMISSIVE FOR UPDATE TO "authenticated" USING ("user_id" = (select auth.uid())) WITH CHECK ("user_id" = (select auth.uid()));--> statement-breakpoint
CREATE POLICY "plugin_reviews_delete_authenticated" ON "plugin_reviews" AS PERMISSIVE FOR DELETE TO "authenticated" USING ("user_id" = (select auth.uid()));--> statement-breakpoint
CREATE POLICY "plugin_reviews_select_admin" ON "plugin_reviews" AS PERMISSIVE FOR SELECT TO "saas_admin" USING ((select saas_private.is_admin()));--> statement-breakpoint
CREATE POLICY "plugin_reviews_delete_admin" ON "plugin_reviews" AS PERMISSIVE FOR DELETE TO "saas_admin" USING ((select saas_private.is_admin()));--> statement-breakpoint
CREATE POLICY "plugin_submissions_select_authenticated" ON "plugin_submissions" AS PERMISSIVE FOR SELECT TO "authenticated" USING (submitter_id = (select auth.uid()));--> statement-breakpoint
CREATE POLICY "plugin_submissions_insert_authenticated" ON "plugin_submissions" AS PERMISSIVE FOR INSERT TO "authenticated" WITH CHECK (submitter_id = (select auth.uid()) and status = 'pending' and reviewer_id is null);--> statement-breakpoint
CREATE POLICY "plugin_submissions_select_admin" ON "plugin_submissions" AS PERMISSIVE FOR SELECT TO "saas_admin" USING ((select saas_private.is_admin()));--> statement-breakpoint
CREATE POLICY "plugin_submissions_update_admin" ON "plugin_submissions" AS PERMISSIVE FOR UPDATE TO "saas_admin" USING ((select saas_private.is_admin())) WITH CHECK ((select saas_private.is_admin()));--> statement-breakpoint
CREATE POLICY "plugins_select_anon" ON "plugins" AS PERMISSIVE FOR SELECT TO "anon" USING (status = 'published');--> statement-breakpoint
CREATE POLICY "plugins_select_authenticated" ON "plugins" AS PERMISSIVE FOR SELECT TO "authenticated" USING (status = 'published');--> statement-breakpoint
CREATE POLICY "plugins_update_authenticated" ON "plugins" AS PERMISSIVE FOR UPDATE TO "authenticated" USING (author_id = (select auth.uid())) WITH CHECK (author_id = (select auth.uid()));--> statement-breakpoint
CREATE POLICY "plugins_select_admin" ON "plugins" AS PERMISSIVE FOR SELECT TO "saas_admin" USING ((select saas_private.is_admin()));--> statement-breakpoint
CREATE POLICY "plugins_insert_admin" ON "plugins" AS PERMISSIVE FOR INSERT TO "saas_admin" WITH CHECK ((select saas_private.is_admin()));--> statement-breakpoint
CREATE POLICY "plugins_update_admin" ON "plugins" AS PERMISSIVE FOR UPDATE TO "saas_admin" USING ((select saas_private.is_admin())) WITH CHECK ((select saas_private.is_admin()));--> statement-breakpoint
CREATE POLICY "plugins_delete_admin" ON "plugins" AS PERMISSIVE FOR DELETE TO "saas_admin" USING ((select saas_private.is_admin()));--> statement-breakpoint
CREATE POLICY "trials_select_authenticated" ON "trials" AS PERMISSIVE FOR SELECT TO "authenticated" USING ("user_id" = (select auth.uid()));--> statement-breakpoint
CREATE POLICY "trials_select_admin" ON "trials" AS PERMISSIVE FOR SELECT TO "saas_admin" USING ((select saas_private.is_admin()));--> statement-breakpoint
CREATE POLICY "usage_aggregates_select_authenticated" ON "usage_aggregates" AS PERMISSIVE FOR SELECT TO "authenticated" USING ("user_id" = (select auth.uid()));--> statement-breakpoint
CREATE POLICY "usage_aggregates_select_admin" ON "usage_aggregates" AS PERMISSIVE FOR SELECT TO "saas_admin" USING ((select saas_private.is_admin()));--> statement-breakpoint
CREATE POLICY "usage_events_select_authenticated" ON "usage_events" AS PERMISSIVE FOR SELECT TO "authenticated" USING ("user_id" = (select auth.uid()));--> statement-breakpoint
CREATE POLICY "usage_events_select_admin" ON "usage_events" AS PERMISSIVE FOR SELECT TO "saas_admin" USING ((select saas_private.is_admin()));--> statement-breakpoint
CREATE POLICY "webhook_events_select_admin" ON "webhook_events" AS PERMISSIVE FOR SELECT TO "saas_admin" USING ((select saas_private.is_admin()));