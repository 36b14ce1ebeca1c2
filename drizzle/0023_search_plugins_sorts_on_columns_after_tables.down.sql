-- saas-schema unit: marketplace/search_plugins sha256:ee506d5149cdd54cec9acb8a4ff94d0172b444b58567e509dce97440a2ad361a
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
-- The static queries' generic plans: left to choose, PostgreSQL kept planning them per call.
SET plan_cache_mode = force_generic_plan
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
  -- A word or a tag: its GIN index finds the few matching rows, sorted afterwards. Static SQL, one
  -- query per index, so each plan is cached for the session; the other filters only narrow.
  IF search IS NOT NULL THEN
    RETURN QUERY
      SELECT p.* FROM public.plugins p
      WHERE p.status = 'published'
        AND to_tsvector('simple', p.display_name || ' ' || coalesce(p.description, ''))
            @@ plainto_tsquery('simple', search_plugins.search)
        AND (search_plugins.tag IS NULL OR p.tags @> ARRAY[search_plugins.tag])
        AND (search_plugins.tier IS NULL OR p.tier = search_plugins.tier)
        AND (search_plugins.category IS NULL OR p.category = search_plugins.category)
      ORDER BY
        CASE WHEN search_plugins.sort = 'downloads' THEN p.downloads END DESC,
        CASE WHEN search_plugins.sort = 'rating' THEN p.rating END DESC,
        CASE WHEN search_plugins.sort = 'newest' THEN p.created_at END DESC,
        p.id
      LIMIT search_plugins.max_results;
    RETURN;
  ELSIF tag IS NOT NULL THEN
    RETURN QUERY
      SELECT p.* FROM public.plugins p
      WHERE p.status = 'published'
        AND p.tags @> ARRAY[search_plugins.tag]
        AND (search_plugins.tier IS NULL OR p.tier = search_plugins.tier)
        AND (search_plugins.category IS NULL OR p.category = search_plugins.category)
      ORDER BY
        CASE WHEN search_plugins.sort = 'downloads' THEN p.downloads END DESC,
        CASE WHEN search_plugins.sort = 'rating' THEN p.rating END DESC,
        CASE WHEN search_plugins.sort = 'newest' THEN p.created_at END DESC,
        p.id
      LIMIT search_plugins.max_results;
    RETURN;
  END IF;
  -- Browsing: the sort index does the work, so the query names only the filters given.
  RETURN QUERY EXECUTE
    'SELECT p.* FROM public.plugins p WHERE p.status = ''published'''
    || CASE WHEN tier IS NOT NULL THEN ' AND p.tier = $1' ELSE '' END
    || CASE WHEN category IS NOT NULL THEN ' AND p.category = $2' ELSE '' END
    || ' ORDER BY ' || order_by || ' LIMIT $3'
  USING tier, category, max_results;
END
$$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION public.search_plugins(text, public.plugin_tier, text, text, text, integer)
  FROM PUBLIC, anon, authenticated, service_role;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION public.search_plugins(text, public.plugin_tier, text, text, text, integer)
  TO anon, authenticated, service_role;
