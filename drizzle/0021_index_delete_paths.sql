CREATE INDEX "revoked_licenses_revoked_by_idx" ON "revoked_licenses" USING btree ("revoked_by") WHERE "revoked_licenses"."revoked_by" is not null;--> statement-breakpoint
CREATE INDEX "plugin_submissions_reviewer_id_idx" ON "plugin_submissions" USING btree ("reviewer_id") WHERE "plugin_submissions"."reviewer_id" is not null;--> statement-breakpoint
CREATE INDEX "trials_plugin_id_idx" ON "trials" USING btree ("plugin_id");--> statement-breakpoint
CREATE INDEX "usage_aggregates_plugin_id_idx" ON "usage_aggregates" USING btree ("plugin_id");