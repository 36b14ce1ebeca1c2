-- billing seed: the plan catalogue covering every plan and tier name the seeds use
-- (seed 001: free, basic, pro; seed 003: free, starter, professional, enterprise; seed 004:
-- hobby, starter, professional, business, enterprise), the feature catalogue, and which plans
-- grant which features. Prices are in cents per month. A NULL limit means unlimited.
-- Idempotent: a row is only updated when the catalogue here differs from the database's, so
-- seeding again changes nothing (not even updated_at).

INSERT INTO public.plans AS p (
  code, name, description, price, currency, billing_interval, trial_days, is_active, is_public,
  sort_order, messages_per_day, storage_bytes, max_agents, max_instances, api_requests_per_day,
  database_tier, compute_tier, backup_retention_days
) VALUES
  ('free', 'Free', 'Try the platform: one small instance on shared infrastructure.',
    0, 'USD', 'month', 0, true, true, 0,
    100, 104857600, 1, 1, 1000, 'shared', 'lambda', 1),
  ('hobby', 'Hobby', 'Side projects: a shared-tier instance with daily backups.',
    500, 'USD', 'month', 14, true, true, 10,
    500, 1073741824, 2, 1, 10000, 'shared', 'lambda', 7),
  ('basic', 'Basic', 'For individuals: more messages, storage and agents.',
    900, 'USD', 'month', 14, true, true, 20,
    1000, 2147483648, 3, 1, 25000, 'shared', 'lambda', 7),
  ('starter', 'Starter', 'Small teams getting started on shared infrastructure.',
    1900, 'USD', 'month', 14, true, true, 30,
    2500, 5368709120, 5, 2, 50000, 'shared', 'lambda', 7),
  ('pro', 'Pro', 'Power users: API access, webhooks and a custom domain.',
    2900, 'USD', 'month', 14, true, true, 40,
    5000, 10737418240, 10, 3, 100000, 'shared', 'container', 14),
  ('professional', 'Professional', 'Growing teams: priority support and 30-day backups.',
    4900, 'USD', 'month', 14, true, true, 50,
    10000, 26843545600, 25, 5, 250000, 'shared', 'container', 30),
  ('business', 'Business', 'A dedicated database server, SSO and audit logs.',
    19900, 'USD', 'month', 14, true, true, 60,
    50000, 107374182400, 100, 10, 1000000, 'dedicated', 'container', 30),
  ('enterprise', 'Enterprise', 'Dedicated everything, no limits, 90-day backups.',
    99900, 'USD', 'month', 30, true, true, 70,
    NULL, NULL, NULL, NULL, NULL, 'dedicated', 'dedicated', 90)
ON CONFLICT (code) DO UPDATE SET
  name = excluded.name, description = excluded.description, price = excluded.price,
  currency = excluded.currency, billing_interval = excluded.billing_interval,
  trial_days = excluded.trial_days, is_active = excluded.is_active, is_public = excluded.is_public,
  sort_order = excluded.sort_order, messages_per_day = excluded.messages_per_day,
  storage_bytes = excluded.storage_bytes, max_agents = excluded.max_agents,
  max_instances = excluded.max_instances, api_requests_per_day = excluded.api_requests_per_day,
  database_tier = excluded.database_tier, compute_tier = excluded.compute_tier,
  backup_retention_days = excluded.backup_retention_days
WHERE (p.name, p.description, p.price, p.currency, p.billing_interval, p.trial_days, p.is_active,
       p.is_public, p.sort_order, p.messages_per_day, p.storage_bytes, p.max_agents, p.max_instances,
       p.api_requests_per_day, p.database_tier, p.compute_tier, p.backup_retention_days)
  IS DISTINCT FROM
      (excluded.name, excluded.description, excluded.price, excluded.currency,
       excluded.billing_interval, excluded.trial_days, excluded.is_active, excluded.is_public,
       excluded.sort_order, excluded.messages_per_day, excluded.storage_bytes, excluded.max_agents,
       excluded.max_instances, excluded.api_requests_per_day, excluded.database_tier,
       excluded.compute_tier, excluded.backup_retention_days);

INSERT INTO public.features AS f (key, name, description, category) VALUES
  ('agents', 'AI agents', 'Configure and run agents.', 'core'),
  ('file_storage', 'File storage', 'Upload files to your private user-files folder.', 'core'),
  ('api_access', 'API access', 'Programmatic access with API keys.', 'integrations'),
  ('webhooks', 'Webhooks', 'Outgoing webhooks on events.', 'integrations'),
  ('custom_domain', 'Custom domain', 'Serve your instance from your own domain.', 'hosting'),
  ('manual_backups', 'Manual backups', 'Take a backup whenever you want.', 'hosting'),
  ('point_in_time_recovery', 'Point-in-time recovery', 'Restore to any moment in the retention window.', 'hosting'),
  ('dedicated_database', 'Dedicated database', 'A database server of your own.', 'hosting'),
  ('advanced_analytics', 'Advanced analytics', 'Usage and cost analytics per agent, tool and platform.', 'analytics'),
  ('team_members', 'Team members', 'Invite colleagues to your account.', 'collaboration'),
  ('priority_support', 'Priority support', 'Support tickets answered first.', 'support'),
  ('sso', 'Single sign-on', 'SAML/OIDC sign-in for your organisation.', 'security'),
  ('audit_logs', 'Audit logs', 'Who did what, exportable.', 'security')
ON CONFLICT (key) DO UPDATE SET
  name = excluded.name, description = excluded.description, category = excluded.category
WHERE (f.name, f.description, f.category) IS DISTINCT FROM (excluded.name, excluded.description, excluded.category);

-- Each plan grants its own features plus those of the plans below it (by sort order).
INSERT INTO public.plan_features (plan_id, feature_id)
SELECT p.id, f.id
FROM (VALUES
  ('agents', 0), ('file_storage', 0),
  ('manual_backups', 10),
  ('api_access', 20),
  ('webhooks', 40), ('custom_domain', 40),
  ('advanced_analytics', 50), ('team_members', 50), ('priority_support', 50),
  ('point_in_time_recovery', 50),
  ('dedicated_database', 60), ('sso', 60), ('audit_logs', 60)
) AS grants (feature_key, from_sort_order)
JOIN public.features f ON f.key = grants.feature_key
JOIN public.plans p ON p.code IN ('free', 'hobby', 'basic', 'starter', 'pro', 'professional', 'business', 'enterprise')
  AND p.sort_order >= grants.from_sort_order
ON CONFLICT DO NOTHING;
