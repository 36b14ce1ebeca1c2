DROP TABLE "user_credentials" CASCADE;
--> statement-breakpoint
DROP INDEX "users_email_lower_idx";
--> statement-breakpoint
ALTER TABLE "users" ALTER COLUMN "email" SET NOT NULL;
--> statement-breakpoint
ALTER TABLE "usage_counters" ADD COLUMN "id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL;
--> statement-breakpoint
CREATE INDEX "idx_usage_counters_metric" ON "usage_counters" USING btree ("metric");
--> statement-breakpoint
CREATE INDEX "idx_usage_counters_user_window" ON "usage_counters" USING btree ("user_id","window_start","window_end");
--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_lower_key" ON "users" USING btree (lower("email"));
--> statement-breakpoint
DROP POLICY "features_select_anon" ON "features" CASCADE;
--> statement-breakpoint
DROP POLICY "features_select_authenticated" ON "features" CASCADE;
--> statement-breakpoint
DROP POLICY "features_select_admin" ON "features" CASCADE;
--> statement-breakpoint
DROP POLICY "plan_features_select_anon" ON "plan_features" CASCADE;
--> statement-breakpoint
DROP POLICY "plan_features_select_authenticated" ON "plan_features" CASCADE;
--> statement-breakpoint
DROP POLICY "plan_features_select_admin" ON "plan_features" CASCADE;
--> statement-breakpoint
DROP POLICY "invoices_select_authenticated" ON "invoices" CASCADE;
--> statement-breakpoint
DROP POLICY "invoices_select_admin" ON "invoices" CASCADE;
--> statement-breakpoint
DROP POLICY "plans_select_anon" ON "plans" CASCADE;
--> statement-breakpoint
DROP POLICY "plans_select_authenticated" ON "plans" CASCADE;
--> statement-breakpoint
DROP POLICY "plans_select_admin" ON "plans" CASCADE;
--> statement-breakpoint
DROP POLICY "subscriptions_select_authenticated" ON "subscriptions" CASCADE;
--> statement-breakpoint
DROP POLICY "subscriptions_select_admin" ON "subscriptions" CASCADE;
--> statement-breakpoint
DROP POLICY "transactions_select_authenticated" ON "transactions" CASCADE;
--> statement-breakpoint
DROP POLICY "transactions_select_admin" ON "transactions" CASCADE;
--> statement-breakpoint
DROP POLICY "usage_counters_select_authenticated" ON "usage_counters" CASCADE;
--> statement-breakpoint
DROP POLICY "usage_counters_select_admin" ON "usage_counters" CASCADE;
--> statement-breakpoint
DROP POLICY "users_select_authenticated" ON "users" CASCADE;
--> statement-breakpoint
DROP POLICY "users_update_authenticated" ON "users" CASCADE;
--> statement-breakpoint
DROP POLICY "users_select_admin" ON "users" CASCADE;
--> statement-breakpoint
DROP POLICY "users_update_admin" ON "users" CASCADE;
--> statement-breakpoint
CREATE POLICY "features_select_active_anon" ON "features" AS PERMISSIVE FOR SELECT TO "anon" USING (is_active);
--> statement-breakpoint
CREATE POLICY "features_select_active_or_admin" ON "features" AS PERMISSIVE FOR SELECT TO "authenticated" USING (is_active or (select saas_private.is_admin()));
--> statement-breakpoint
CREATE POLICY "plan_features_select_visible_plan_anon" ON "plan_features" AS PERMISSIVE FOR SELECT TO "anon" USING (exists (select 1 from public.plans p where p.id = plan_features.plan_id));
--> statement-breakpoint
CREATE POLICY "plan_features_select_visible_plan" ON "plan_features" AS PERMISSIVE FOR SELECT TO "authenticated" USING (exists (select 1 from public.plans p where p.id = plan_features.plan_id));
--> statement-breakpoint
CREATE POLICY "invoices_select_own_or_admin" ON "invoices" AS PERMISSIVE FOR SELECT TO "authenticated" USING (user_id = (select auth.uid()) or (select saas_private.is_admin()));
--> statement-breakpoint
CREATE POLICY "plans_select_catalogue_anon" ON "plans" AS PERMISSIVE FOR SELECT TO "anon" USING (is_active and is_public);
--> statement-breakpoint
CREATE POLICY "plans_select_catalogue_own_or_admin" ON "plans" AS PERMISSIVE FOR SELECT TO "authenticated" USING ((is_active and is_public) or (select saas_private.is_admin()) or exists (
        select 1 from public.subscriptions s where s.plan_id = plans.id and s.user_id = (select auth.uid())));
--> statement-breakpoint
CREATE POLICY "subscriptions_select_own_or_admin" ON "subscriptions" AS PERMISSIVE FOR SELECT TO "authenticated" USING (user_id = (select auth.uid()) or (select saas_private.is_admin()));
--> statement-breakpoint
CREATE POLICY "transactions_select_own_or_admin" ON "transactions" AS PERMISSIVE FOR SELECT TO "authenticated" USING (user_id = (select auth.uid()) or (select saas_private.is_admin()));
--> statement-breakpoint
CREATE POLICY "usage_counters_select_own_or_admin" ON "usage_counters" AS PERMISSIVE FOR SELECT TO "authenticated" USING (user_id = (select auth.uid()) or (select saas_private.is_admin()));
--> statement-breakpoint
CREATE POLICY "users_select_own_or_admin" ON "users" AS PERMISSIVE FOR SELECT TO "authenticated" USING ((select auth.uid()) = id or (select saas_private.is_admin()));
--> statement-breakpoint
CREATE POLICY "users_update_own_or_admin" ON "users" AS PERMISSIVE FOR UPDATE TO "authenticated" USING ((select auth.uid()) = id or (select saas_private.is_admin())) WITH CHECK ((select auth.uid()) = id or (select saas_private.is_admin()));
--> statement-breakpoint
ALTER POLICY "users_delete_admin" ON "users" TO authenticated USING ((select saas_private.is_admin()));
