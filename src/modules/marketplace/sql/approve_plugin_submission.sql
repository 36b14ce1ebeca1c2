-- Approves a submission: creates its plugin (published, authored by the submitter) or updates
-- the submitter's own plugin of that slug, and marks the submission approved, in one transaction.
-- A slug that belongs to another author is refused and nothing is written. For the service role
-- and admins (EXECUTE; it runs with the caller's rights, which the tables' policies give admins);
-- the reviewer is the signed-in admin, or `reviewer_id` for the service role.
CREATE OR REPLACE FUNCTION public.approve_plugin_submission(
  submission_id uuid,
  notes text DEFAULT NULL,
  reviewer_id uuid DEFAULT NULL
)
RETURNS public.plugins
LANGUAGE plpgsql VOLATILE
SET search_path = pg_catalog, pg_temp
AS $$
DECLARE
  s public.plugin_submissions;
  approved public.plugins;
BEGIN
  SELECT * INTO s FROM public.plugin_submissions ps WHERE ps.id = approve_plugin_submission.submission_id FOR UPDATE;
  IF s.id IS NULL THEN
    RAISE EXCEPTION 'unknown submission %', approve_plugin_submission.submission_id USING ERRCODE = 'no_data_found';
  ELSIF s.status NOT IN ('pending', 'in_review') THEN
    RAISE EXCEPTION 'submission % is already %', s.id, s.status USING ERRCODE = 'invalid_parameter_value';
  END IF;
  INSERT INTO public.plugins AS p (id, display_name, description, author_id, tier, price, billing_interval,
    category, tags, metadata, version, status)
  VALUES (s.plugin_id, s.display_name, s.description, s.submitter_id, s.tier, s.price, s.billing_interval,
    s.category, s.tags, s.metadata, s.version, 'published')
  ON CONFLICT (id) DO UPDATE SET
    display_name = excluded.display_name, description = excluded.description, tier = excluded.tier,
    price = excluded.price, billing_interval = excluded.billing_interval, category = excluded.category,
    tags = excluded.tags, metadata = excluded.metadata, version = excluded.version, status = 'published'
  WHERE p.author_id = excluded.author_id
  RETURNING p.* INTO approved;
  IF approved.id IS NULL THEN
    RAISE EXCEPTION 'plugin % belongs to another author', s.plugin_id USING ERRCODE = 'unique_violation';
  END IF;
  UPDATE public.plugin_submissions ps SET
    status = 'approved', review_notes = approve_plugin_submission.notes, reviewed_at = now(),
    reviewer_id = coalesce(approve_plugin_submission.reviewer_id, auth.uid())
  WHERE ps.id = s.id;
  RETURN approved;
END
$$;

REVOKE ALL ON FUNCTION public.approve_plugin_submission(uuid, text, uuid) FROM PUBLIC, anon, authenticated, service_role;
GRANT EXECUTE ON FUNCTION public.approve_plugin_submission(uuid, text, uuid) TO service_role, saas_admin;
