-- phase: before-tables
-- Down scripts only: gives a table back the privileges a new table gets from the default
-- privileges of its owner (Supabase's, or none), as if its access had never been declared.
CREATE OR REPLACE FUNCTION saas_schema.reset_table_privileges(target regclass)
RETURNS void
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  owner_id oid;
  schema_id oid;
  entry record;
BEGIN
  SELECT c.relowner, c.relnamespace INTO owner_id, schema_id FROM pg_catalog.pg_class c WHERE c.oid = target;
  FOR entry IN
    SELECT DISTINCT a.grantee
    FROM pg_catalog.pg_class c, pg_catalog.aclexplode(c.relacl) a
    WHERE c.oid = target AND a.grantee <> owner_id
  LOOP
    EXECUTE format('REVOKE ALL ON TABLE %s FROM %s', target,
      CASE WHEN entry.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(pg_catalog.pg_get_userbyid(entry.grantee)) END);
  END LOOP;
  FOR entry IN
    SELECT a.grantee, a.privilege_type, a.is_grantable
    FROM pg_catalog.pg_default_acl d, pg_catalog.aclexplode(d.defaclacl) a
    WHERE d.defaclrole = owner_id AND d.defaclobjtype = 'r'
      AND d.defaclnamespace IN (0, schema_id) AND a.grantee <> owner_id
  LOOP
    EXECUTE format('GRANT %s ON TABLE %s TO %s%s', entry.privilege_type, target,
      CASE WHEN entry.grantee = 0 THEN 'PUBLIC' ELSE quote_ident(pg_catalog.pg_get_userbyid(entry.grantee)) END,
      CASE WHEN entry.is_grantable THEN ' WITH GRANT OPTION' ELSE '' END);
  END LOOP;
END
$$;

REVOKE ALL ON FUNCTION saas_schema.reset_table_privileges(regclass) FROM PUBLIC;
