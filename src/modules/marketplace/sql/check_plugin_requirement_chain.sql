-- A plugin's requirement chain must end: refuses a `requires_plugin` that leads back to the
-- plugin itself (a cycle; the table's CHECK refuses the direct self-reference).
CREATE OR REPLACE FUNCTION saas_private.check_plugin_requirement_chain()
RETURNS trigger
LANGUAGE plpgsql
SET search_path = pg_catalog, pg_temp
AS $$
BEGIN
  IF NEW.requires_plugin IS NOT NULL AND EXISTS (
    WITH RECURSIVE chain(id, depth) AS (
      SELECT NEW.requires_plugin, 1
      UNION ALL
      SELECT p.requires_plugin, c.depth + 1
      FROM chain c JOIN public.plugins p ON p.id = c.id
      WHERE p.requires_plugin IS NOT NULL AND c.depth < 100
    )
    SELECT 1 FROM chain WHERE chain.id = NEW.id
  ) THEN
    RAISE EXCEPTION 'plugin % cannot require %: the requirement chain would lead back to it',
      NEW.id, NEW.requires_plugin USING ERRCODE = 'check_violation';
  END IF;
  RETURN NEW;
END
$$;

REVOKE ALL ON FUNCTION saas_private.check_plugin_requirement_chain() FROM PUBLIC, anon, authenticated, service_role;

CREATE OR REPLACE TRIGGER check_plugin_requirement_chain
  BEFORE INSERT OR UPDATE OF requires_plugin ON public.plugins
  FOR EACH ROW EXECUTE FUNCTION saas_private.check_plugin_requirement_chain();
