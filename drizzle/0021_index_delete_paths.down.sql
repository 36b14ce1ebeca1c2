DROP INDEX "revoked_licenses_revoked_by_idx";
--> statement-breakpoint
DROP INDEX "plugin_submissions_reviewer_id_idx";
--> statement-breakpoint
DROP INDEX "trials_plugin_id_idx";
--> statement-breakpoint
DROP INDEX "usage_aggregates_plugin_id_idx";
