CREATE TYPE "public"."plugin_event_kind" AS ENUM('view', 'download');--> statement-breakpoint
CREATE TABLE "plugin_analytics_daily" (
	"plugin_id" text NOT NULL,
	"day" date NOT NULL,
	"views" integer DEFAULT 0 NOT NULL,
	"downloads" integer DEFAULT 0 NOT NULL,
	"new_subscriptions" integer DEFAULT 0 NOT NULL,
	"trials_started" integer DEFAULT 0 NOT NULL,
	"trials_converted" integer DEFAULT 0 NOT NULL,
	"active_subscriptions" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plugin_analytics_daily_pkey" PRIMARY KEY("plugin_id","day"),
	CONSTRAINT "plugin_analytics_daily_counts_check" CHECK (least("plugin_analytics_daily"."views", "plugin_analytics_daily"."downloads", "plugin_analytics_daily"."new_subscriptions", "plugin_analytics_daily"."trials_started", "plugin_analytics_daily"."trials_converted", "plugin_analytics_daily"."active_subscriptions") >= 0)
);
--> statement-breakpoint
ALTER TABLE "plugin_analytics_daily" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
CREATE TABLE "plugin_events" (
	"id" bigint PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "plugin_events_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"plugin_id" text NOT NULL,
	"kind" "plugin_event_kind" NOT NULL,
	"user_id" uuid,
	"occurred_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "plugin_events" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "trials" ADD COLUMN "subscription_id" uuid;--> statement-breakpoint
ALTER TABLE "plugin_analytics_daily" ADD CONSTRAINT "plugin_analytics_daily_plugin_id_plugins_id_fk" FOREIGN KEY ("plugin_id") REFERENCES "public"."plugins"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plugin_events" ADD CONSTRAINT "plugin_events_plugin_id_plugins_id_fk" FOREIGN KEY ("plugin_id") REFERENCES "public"."plugins"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "plugin_events" ADD CONSTRAINT "plugin_events_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "plugin_analytics_daily_day_idx" ON "plugin_analytics_daily" USING btree ("day");--> statement-breakpoint
CREATE INDEX "plugin_events_occurred_at_idx" ON "plugin_events" USING btree ("occurred_at");--> statement-breakpoint
CREATE INDEX "plugin_events_plugin_occurred_at_idx" ON "plugin_events" USING btree ("plugin_id","occurred_at");--> statement-breakpoint
CREATE INDEX "plugin_events_user_id_idx" ON "plugin_events" USING btree ("user_id");--> statement-breakpoint
ALTER TABLE "trials" ADD CONSTRAINT "trials_subscription_id_subscriptions_id_fk" FOREIGN KEY ("subscription_id") REFERENCES "public"."subscriptions"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "trials_subscription_id_idx" ON "trials" USING btree ("subscription_id");--> statement-breakpoint
CREATE POLICY "plugin_analytics_daily_select_authenticated" ON "plugin_analytics_daily" AS PERMISSIVE FOR SELECT TO "authenticated" USING (exists (select 1 from public.plugins p
        where p.id = plugin_analytics_daily.plugin_id and p.author_id = (select auth.uid())));--> statement-breakpoint
CREATE POLICY "plugin_analytics_daily_select_admin" ON "plugin_analytics_daily" AS PERMISSIVE FOR SELECT TO "saas_admin" USING ((select saas_private.is_admin()));--> statement-breakpoint
CREATE POLICY "plugin_events_select_admin" ON "plugin_events" AS PERMISSIVE FOR SELECT TO "saas_admin" USING ((select saas_private.is_admin()));