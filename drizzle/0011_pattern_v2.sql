CREATE TABLE "user_credentials" (
	"user_id" uuid PRIMARY KEY NOT NULL,
	"password_hash" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "user_credentials" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
DROP INDEX "users_email_lower_key";--> statement-breakpoint
DROP INDEX "idx_usage_counters_metric";--> statement-breakpoint
DROP INDEX "idx_usage_counters_user_window";--> statement-breakpoint
ALTER TABLE "users" ALTER COLUMN "email" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "user_credentials" ADD CONSTRAINT "user_credentials_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "users_email_lower_idx" ON "users" USING btree (lower("email"));--> statement-breakpoint
ALTER TABLE "usage_counters" DROP COLUMN "id";--> statement-breakpoint
DROP POLICY "users_select_own_or_admin" ON "users" CASCADE;--> statement-breakpoint
DROP POLICY "users_update_own_or_admin" ON "users" CASCADE;--> statement-breakpoint
DROP POLICY "features_select_active_anon" ON "features" CASCADE;--> statement-breakpoint
DROP POLICY "features_select_active_or_admin" ON "features" CASCADE;--> statement-breakpoint
DROP POLICY "plan_features_select_visible_plan_anon" ON "plan_features" CASCADE;--> statement-breakpoint
DROP POLICY "plan_features_select_visible_plan" ON "plan_features" CASCADE;--> statement-breakpoint
DROP POLICY "invoices_select_own_or_admin" ON "invoices" CASCADE;--> statement-breakpoint
DROP POLICY "plans_select_catalogue_anon" ON "plans" CASCADE;--> statement-breakpoint
DROP POLICY "plans_select_catalogue_own_or_admin" ON "plans" CASCADE;--> statement-breakpoint
DROP POLICY "subscriptions_select_own_or_admin" ON "subscriptions" CASCADE;--> statement-breakpoint
DROP POLICY "transactions_select_own_or_admin" ON "transactions" CASCADE;--> statement-breakpoint
DROP POLICY "usage_counters_select_own_or_admin" ON "usage_counters" CASCADE;--> statement-breakpoint
CREATE POLICY "users_select_authenticated" ON "users" AS PERMISSIVE FOR SELECT TO "authenticated" USING ("id" = (select auth.uid()));--> statement-breakpoint
CREATE POLICY "users_update_authenticated" ON "users" AS PERMISSIVE FOR UPDATE TO "authenticated" USING ("id" = (select auth.uid())) WITH CHECK ("id" = (select auth.uid()));--> statement-breakpoint
CREATE POLICY "users_select_admin" ON "users" AS PERMISSIVE FOR SELECT TO "saas_admin" USING ((select saas_private.is_admin()));--> statement-breakpoint
CREATE POLICY "users_update_admin" ON "users" AS PERMISSIVE FOR UPDATE TO "saas_admin" USING ((select saas_private.is_admin())) WITH CHECK ((select saas_private.is_admin()));--> statement-breakpoint
CREATE POLICY "features_select_anon" ON "features" AS PERMISSIVE FOR SELECT TO "anon" USING (is_active);--> statement-breakpoint
CREATE POLICY "features_select_authenticated" ON "features" AS PERMISSIVE FOR SELECT TO "authenticated" USING (is_active);--> statement-breakpoint
CREATE POLICY "features_select_admin" ON "features" AS PERMISSIVE FOR SELECT TO "saas_admin" USING ((select saas_private.is_admin()));--> statement-breakpoint
CREATE POLICY "plan_features_select_anon" ON "plan_features" AS PERMISSIVE FOR SELECT TO "anon" USING (exists (select 1 from public.plans p where p.id = plan_features.plan_id));--> statement-breakpoint
CREATE POLICY "plan_features_select_authenticated" ON "plan_features" AS PERMISSIVE FOR SELECT TO "authenticated" USING (exists (select 1 from public.plans p where p.id = plan_features.plan_id));--> statement-breakpoint
CREATE POLICY "plan_features_select_admin" ON "plan_features" AS PERMISSIVE FOR SELECT TO "saas_admin" USING ((select saas_private.is_admin()));--> statement-breakpoint
CREATE POLICY "invoices_select_authenticated" ON "invoices" AS PERMISSIVE FOR SELECT TO "authenticated" USING ("user_id" = (select auth.uid()));--> statement-breakpoint
CREATE POLICY "invoices_select_admin" ON "invoices" AS PERMISSIVE FOR SELECT TO "saas_admin" USING ((select saas_private.is_admin()));--> statement-breakpoint
CREATE POLICY "plans_select_anon" ON "plans" AS PERMISSIVE FOR SELECT TO "anon" USING (is_active and is_public);--> statement-breakpoint
CREATE POLICY "plans_select_authenticated" ON "plans" AS PERMISSIVE FOR SELECT TO "authenticated" USING ((is_active and is_public) or exists (
      select 1 from public.subscriptions s where s.plan_id = plans.id and s.user_id = (select auth.uid())));--> statement-breakpoint
CREATE POLICY "plans_select_admin" ON "plans" AS PERMISSIVE FOR SELECT TO "saas_admin" USING ((select saas_private.is_admin()));--> statement-breakpoint
CREATE POLICY "subscriptions_select_authenticated" ON "subscriptions" AS PERMISSIVE FOR SELECT TO "authenticated" USING ("user_id" = (select auth.uid()));--> statement-breakpoint
CREATE POLICY "subscriptions_select_admin" ON "subscriptions" AS PERMISSIVE FOR SELECT TO "saas_admin" USING ((select saas_private.is_admin()));--> statement-breakpoint
CREATE POLICY "transactions_select_authenticated" ON "transactions" AS PERMISSIVE FOR SELECT TO "authenticated" USING ("user_id" = (select auth.uid()));--> statement-breakpoint
CREATE POLICY "transactions_select_admin" ON "transactions" AS PERMISSIVE FOR SELECT TO "saas_admin" USING ((select saas_private.is_admin()));--> statement-breakpoint
CREATE POLICY "usage_counters_select_authenticated" ON "usage_counters" AS PERMISSIVE FOR SELECT TO "authenticated" USING ("user_id" = (select auth.uid()));--> statement-breakpoint
CREATE POLICY "usage_counters_select_admin" ON "usage_counters" AS PERMISSIVE FOR SELECT TO "saas_admin" USING ((select saas_private.is_admin()));--> statement-breakpoint
ALTER POLICY "users_delete_admin" ON "users" TO saas_admin USING ((select saas_private.is_admin()));