-- phase: before-tables
-- A usage count: never negative. A domain for the reason given in usage_period.sql.
CREATE DOMAIN public.usage_count AS bigint
  CONSTRAINT usage_count_check CHECK (VALUE >= 0);
