import { pgEnum } from 'drizzle-orm/pg-core';
import {
  licenseStatuses,
  logLevels,
  notificationChannels,
  pluginBillingIntervals,
  pluginEventKinds,
  pluginStatuses,
  pluginTiers,
  submissionStatuses,
  trialStatuses,
} from './constants.js';

/** The marketplace module's PostgreSQL enums, made from the value lists in constants.ts. */
export const pluginTier = pgEnum('plugin_tier', pluginTiers);
export const pluginBillingInterval = pgEnum('plugin_billing_interval', pluginBillingIntervals);
export const pluginStatus = pgEnum('plugin_status', pluginStatuses);
export const licenseStatus = pgEnum('license_status', licenseStatuses);
export const trialStatus = pgEnum('trial_status', trialStatuses);
export const submissionStatus = pgEnum('submission_status', submissionStatuses);
export const logLevel = pgEnum('log_level', logLevels);
export const notificationChannel = pgEnum('notification_channel', notificationChannels);
export const pluginEventKind = pgEnum('plugin_event_kind', pluginEventKinds);
