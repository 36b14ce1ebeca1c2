-- saas-schema unit: marketplace/search_plugins sha256:6898f51a395c095fa99e2735302e589c74b46f34192833196f809b0fa9aba391
-- Generated from src/modules/marketplace/sql/search_plugins.sql by npm run db:generate: edit that, not this.
CREATE OR REPLACE FUNCTION public.search_plugins(
  search text DEFAULT NULL,
  tier public.plugin_tier DEFAULT NULL,
  category text DEFAULT NULL,
  tag text DEFAULT NULL,
  sort text DEFAULT 'downloads',
  max_results integer DEFAULT 20
)
RETURNS SETOF public.plugins
LANGUAGE plpgsql STABLE SECURITY DEFINER
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  order_by text := CASE sort
    WHEN 'downloads' THEN 'p.downloads DESC, p.id'
    WHEN 'rating' THEN 'p.rating DESC, p.id'
    WHEN 'newest' THEN 'p.created_at DESC, p.id'
  END;
BEGIN
  IF order_by IS NULL THEN
    RAISE EXCEPTION 'sort must be downloads, rating or newest' USING ERRCODE = 'invalid_parameter_value';
  ELSIF max_results IS NULL OR max_results NOT BETWEEN 1 AND 100 THEN
    RAISE EXCEPTION 'max_results must be 1 to 100' USING ERRCODE = 'invalid_parameter_value';
  END IF;
  RETURN QUERY EXECUTE
    'SELECT p.* FROM public.plugins p WHERE p.status = ''published'''
    || CASE WHEN search IS NOT NULL THEN
      ' AND to_tsvector(''simple'', p.display_name || '' '' || coalesce(p.description, '''')) @@ plainto_tsquery(''simple'', $1)'
      ELSE '' END
    || CASE WHEN tier IS NOT NULL THEN ' AND p.tier = $2' ELSE '' END
    || CASE WHEN category IS NOT NULL THEN ' AND p.category = $3' ELSE '' END
    || CASE WHEN tag IS NOT NULL THEN ' AND p.tags @> ARRAY[$4]' ELSE '' END
    || ' ORDER BY ' || order_by || ' LIMIT $5'
  USING search, tier, category, tag, max_results;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION public.search_plugins(text, public.plugin_tier, text, text, text, integer)
  FROM PUBLIC, anon, authenticated, service_role;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION public.search_plugins(text, public.plugin_tier, text, text, text, integer)
  TO anon, authenticated, service_role;
