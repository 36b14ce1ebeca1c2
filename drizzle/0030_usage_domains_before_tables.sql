-- saas-schema unit: marketplace/agent_execution_counts sha256:70571f194de2c19faa9874b4832a4bb81891fd638274af10854beb143ea48644
-- Generated from src/modules/marketplace/sql/agent_execution_counts.sql by npm run db:generate: edit that, not this.
CREATE DOMAIN public.agent_execution_counts AS jsonb
  CONSTRAINT agent_execution_counts_check CHECK (pg_catalog.jsonb_typeof(VALUE) = 'object');
--> statement-breakpoint
-- saas-schema unit: marketplace/usage_count sha256:fe10a865d54c6ee0c890483de915cd7d21f83f7377991de5f8026c0db1492c0f
-- Generated from src/modules/marketplace/sql/usage_count.sql by npm run db:generate: edit that, not this.
CREATE DOMAIN public.usage_count AS bigint
  CONSTRAINT usage_count_check CHECK (VALUE >= 0);
--> statement-breakpoint
-- saas-schema unit: marketplace/usage_period sha256:9447dec62b452bd0bd6b358885df420caf65a4c4c99aaa388792271f4b4d280b
-- Generated from src/modules/marketplace/sql/usage_period.sql by npm run db:generate: edit that, not this.
CREATE DOMAIN public.usage_period AS text
  CONSTRAINT usage_period_check CHECK (VALUE ~ '^[0-9]{4}-(0[1-9]|1[0-2])$');
