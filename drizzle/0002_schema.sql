CREATE TYPE "public"."user_role" AS ENUM('user', 'author', 'admin');--> statement-breakpoint
CREATE TABLE "users" (
	"id" uuid PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"display_name" text,
	"avatar_url" text,
	"company_name" text,
	"role" "user_role" DEFAULT 'user' NOT NULL,
	"billing_provider" text,
	"billing_customer_id" text,
	"external_auth_id" text,
	"password_hash" text,
	"profile" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"last_sign_in_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "users" ENABLE ROW LEVEL SECURITY;--> statement-breakpoint
ALTER TABLE "users" ADD CONSTRAINT "users_id_users_id_fk" FOREIGN KEY ("id") REFERENCES "auth"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_lower_key" ON "users" USING btree (lower("email"));--> statement-breakpoint
CREATE UNIQUE INDEX "users_billing_customer_key" ON "users" USING btree ("billing_provider","billing_customer_id") WHERE "users"."billing_customer_id" is not null;--> statement-breakpoint
CREATE UNIQUE INDEX "users_external_auth_id_key" ON "users" USING btree ("external_auth_id") WHERE "users"."external_auth_id" is not null;--> statement-breakpoint
CREATE INDEX "users_role_idx" ON "users" USING btree ("role") WHERE "users"."role" <> 'user';--> statement-breakpoint
CREATE POLICY "users_select_own_or_admin" ON "users" AS PERMISSIVE FOR SELECT TO "authenticated" USING ((select auth.uid()) = id or (select saas_private.is_admin()));--> statement-breakpoint
CREATE POLICY "users_update_own_or_admin" ON "users" AS PERMISSIVE FOR UPDATE TO "authenticated" USING ((select auth.uid()) = id or (select saas_private.is_admin())) WITH CHECK ((select auth.uid()) = id or (select saas_private.is_admin()));--> statement-breakpoint
CREATE POLICY "users_delete_admin" ON "users" AS PERMISSIVE FOR DELETE TO "authenticated" USING ((select saas_private.is_admin()));