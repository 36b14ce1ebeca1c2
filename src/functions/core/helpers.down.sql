DROP FUNCTION IF EXISTS saas_private.set_updated_at();
DROP FUNCTION IF EXISTS saas_private.is_trusted_role();
DROP FUNCTION IF EXISTS saas_private.has_role(text);
DROP FUNCTION IF EXISTS saas_private.is_admin();
