-- phase: before-tables
-- BEFORE UPDATE trigger of every table that declares guarded columns (db:generate adds it, with
-- one argument per column: `column:service` or `column:admin`). A signed-in user may update their
-- row but not those columns; `admin` columns an admin may change too; trusted roles (the service
-- role, the owner) may change everything.
CREATE OR REPLACE FUNCTION saas_private.guard_columns()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  guard text;
  column_name text;
  old_row jsonb;
  new_row jsonb;
BEGIN
  IF saas_private.is_trusted_role() THEN
    RETURN NEW;
  END IF;
  old_row := to_jsonb(OLD);
  new_row := to_jsonb(NEW);
  FOREACH guard IN ARRAY TG_ARGV LOOP
    column_name := split_part(guard, ':', 1);
    IF new_row -> column_name IS DISTINCT FROM old_row -> column_name
       AND (split_part(guard, ':', 2) = 'service' OR NOT saas_private.is_admin()) THEN
      RAISE EXCEPTION '%.% can only be changed by %', TG_TABLE_NAME, column_name,
        CASE split_part(guard, ':', 2) WHEN 'admin' THEN 'an admin' ELSE 'the service role' END
        USING ERRCODE = 'insufficient_privilege';
    END IF;
  END LOOP;
  RETURN NEW;
END
$$;

REVOKE ALL ON FUNCTION saas_private.guard_columns() FROM PUBLIC, anon, authenticated, service_role;
