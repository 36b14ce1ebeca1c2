-- phase: before-tables
-- A usage period: a calendar month, `YYYY-MM` (`periodPattern` in constants.ts). A domain rather
-- than a table CHECK: PostgreSQL rebuilds a table's CHECK expressions for every statement that
-- writes the table, and checks every one on every UPDATE, while a domain's check is prepared once
-- per session and runs only when a value is assigned. The increments never assign the period.
CREATE DOMAIN public.usage_period AS text
  CONSTRAINT usage_period_check CHECK (VALUE ~ '^[0-9]{4}-(0[1-9]|1[0-2])$');
