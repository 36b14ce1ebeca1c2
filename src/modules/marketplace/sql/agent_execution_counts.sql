-- phase: before-tables
-- Executions per agent name (`{"coordinator": 12}`): a JSON object. A domain for the reason given
-- in usage_period.sql.
CREATE DOMAIN public.agent_execution_counts AS jsonb
  CONSTRAINT agent_execution_counts_check CHECK (pg_catalog.jsonb_typeof(VALUE) = 'object');
