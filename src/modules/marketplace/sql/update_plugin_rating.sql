-- Seed 000's RPC: sets a plugin's rating and review count from its reviews. The plugin row is
-- locked first and the reviews read by the next statement, so concurrent reviews serialise on it
-- and the last one to commit computes over all of them (READ COMMITTED takes a new snapshot per
-- statement). NO KEY UPDATE, not UPDATE: each review's foreign key holds a KEY SHARE lock on the
-- plugin, which UPDATE would wait on (a deadlock between two reviewers). Returns the new rating. For the service role; the reviews trigger calls it.
CREATE OR REPLACE FUNCTION public.update_plugin_rating(plugin_id text)
RETURNS numeric
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  new_rating numeric;
BEGIN
  PERFORM 1 FROM public.plugins p WHERE p.id = update_plugin_rating.plugin_id FOR NO KEY UPDATE;
  UPDATE public.plugins p SET
    rating = coalesce(r.average, 0),
    review_count = r.reviews
  FROM (
    SELECT round(avg(v.rating), 2) AS average, count(*)::integer AS reviews
    FROM public.plugin_reviews v WHERE v.plugin_id = update_plugin_rating.plugin_id
  ) r
  WHERE p.id = update_plugin_rating.plugin_id
  RETURNING p.rating INTO new_rating;
  RETURN new_rating;
END
$$;

REVOKE ALL ON FUNCTION public.update_plugin_rating(text) FROM PUBLIC, anon, authenticated, service_role;
GRANT EXECUTE ON FUNCTION public.update_plugin_rating(text) TO service_role;
