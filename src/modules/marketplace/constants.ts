/** The marketplace's value lists, shared by its pgEnums, its zod schemas and the tests. */

/** A plugin's tier (seed 000's `tier`). */
export const pluginTiers = ['free', 'pro', 'enterprise'] as const;
export type PluginTier = (typeof pluginTiers)[number];

/** How a plugin is paid for: every month, or once. */
export const pluginBillingIntervals = ['monthly', 'one_time'] as const;
export type PluginBillingInterval = (typeof pluginBillingIntervals)[number];

/** Only `published` plugins are listed to the public. */
export const pluginStatuses = ['draft', 'published', 'deprecated'] as const;
export type PluginStatus = (typeof pluginStatuses)[number];

/** A license's own status; verification also consults `revoked_licenses` and `expires_at`. */
export const licenseStatuses = ['active', 'revoked'] as const;
export type LicenseStatus = (typeof licenseStatuses)[number];

/** What `verify_license` answers. */
export const licenseVerdicts = ['valid', 'expired', 'revoked', 'unknown'] as const;
export type LicenseVerdict = (typeof licenseVerdicts)[number];

/** A trial runs until `ends_at`; it ends converted (the user subscribed) or expired. */
export const trialStatuses = ['active', 'converted', 'expired'] as const;
export type TrialStatus = (typeof trialStatuses)[number];

/** The review workflow of a third-party submission. */
export const submissionStatuses = ['pending', 'in_review', 'approved', 'rejected'] as const;
export type SubmissionStatus = (typeof submissionStatuses)[number];

export const logLevels = ['debug', 'info', 'warn', 'error'] as const;
export type LogLevel = (typeof logLevels)[number];

/** The aggregate metric `increment_agent_execution` counts (per agent in `agent_executions`). */
export const agentExecutionsMetric = 'agent_executions';

/** A usage period: a calendar month, `YYYY-MM`. */
export const periodPattern = '^[0-9]{4}-(0[1-9]|1[0-2])$';

/** Where a notification goes. */
export const notificationChannels = ['email', 'in_app', 'webhook'] as const;
export type NotificationChannel = (typeof notificationChannels)[number];

/** What `plugin_events` records per plugin: a listing viewed, a package downloaded. */
export const pluginEventKinds = ['view', 'download'] as const;
export type PluginEventKind = (typeof pluginEventKinds)[number];
