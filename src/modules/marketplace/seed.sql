-- marketplace seed: seed 000's admin user and its five plugins. The admin's email is the
-- `saas_schema.admin_email` setting (`seed({ adminEmail })`, or SAAS_SCHEMA_ADMIN_EMAIL), else
-- admin@example.com. Prices are in cents. Idempotent: an existing admin or plugin is left as is.

INSERT INTO auth.users (id, email, raw_user_meta_data, raw_app_meta_data, created_at, updated_at)
SELECT gen_random_uuid(), a.email, '{"full_name": "Marketplace admin"}'::jsonb,
  '{"provider": "email", "providers": ["email"]}'::jsonb, now(), now()
FROM (SELECT coalesce(nullif(current_setting('saas_schema.admin_email', true), ''), 'admin@example.com') AS email) a
WHERE NOT EXISTS (SELECT 1 FROM auth.users u WHERE lower(u.email) = lower(a.email));

UPDATE public.users u SET role = 'admin'
WHERE lower(u.email) = lower(coalesce(nullif(current_setting('saas_schema.admin_email', true), ''), 'admin@example.com'))
  AND u.role <> 'admin';

INSERT INTO public.plugins (
  id, display_name, description, author_id, tier, price, currency, billing_interval, category, tags,
  metadata, status, version, requires_plugin
)
SELECT v.id, v.display_name, v.description, admin.id, v.tier::public.plugin_tier, v.price, 'USD',
  v.billing_interval::public.plugin_billing_interval, v.category, v.tags, v.metadata::jsonb, 'published',
  '1.0.0', v.requires_plugin
FROM (VALUES
  ('miyabi-operations-free', 'Miyabi Operations (Free)',
    'Autonomous issue-to-PR operations for individuals: the core agents, community support.',
    'free', 0, 'monthly', 'operations', ARRAY['agents', 'automation', 'github'],
    '{"agents": ["coordinator", "codegen", "review"]}', NULL, 1),
  ('miyabi-operations-pro', 'Miyabi Operations Pro',
    'Every agent, parallel execution and priority support for professional teams.',
    'pro', 2900, 'monthly', 'operations', ARRAY['agents', 'automation', 'github', 'parallel'],
    '{"agents": ["coordinator", "codegen", "review", "issue", "pr", "deployment"]}', NULL, 2),
  ('miyabi-operations-enterprise', 'Miyabi Operations Enterprise',
    'Dedicated infrastructure, SSO, audit logs and an SLA for organisations.',
    'enterprise', 500000, 'monthly', 'operations', ARRAY['agents', 'automation', 'enterprise', 'sso'],
    '{"sla": "99.9%", "support": "dedicated"}', NULL, 3),
  ('miyabi-security-scanner', 'Miyabi Security Scanner',
    'Scans every pull request for vulnerabilities and leaked secrets.',
    'pro', 4900, 'monthly', 'security', ARRAY['security', 'scanning', 'github'],
    '{"scanners": ["dependencies", "secrets", "sast"]}', 'miyabi-operations-free', 4),
  ('miyabi-workflow-templates', 'Miyabi Workflow Templates',
    'A library of ready-made CI/CD and automation workflow templates.',
    'pro', 1900, 'one_time', 'workflows', ARRAY['templates', 'workflows', 'ci'],
    '{"templates": 50}', NULL, 5)
) AS v(id, display_name, description, tier, price, billing_interval, category, tags, metadata, requires_plugin, position)
LEFT JOIN LATERAL (
  SELECT u.id FROM public.users u
  WHERE lower(u.email) = lower(coalesce(nullif(current_setting('saas_schema.admin_email', true), ''), 'admin@example.com'))
  LIMIT 1
) admin ON true
ORDER BY v.position
ON CONFLICT (id) DO NOTHING;
