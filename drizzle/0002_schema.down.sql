DROP POLICY "users_select_own_or_admin" ON "users" CASCADE;
--> statement-breakpoint
DROP POLICY "users_update_own_or_admin" ON "users" CASCADE;
--> statement-breakpoint
DROP POLICY "users_delete_admin" ON "users" CASCADE;
--> statement-breakpoint
DROP TABLE "users" CASCADE;
--> statement-breakpoint
DROP TYPE "public"."user_role";
