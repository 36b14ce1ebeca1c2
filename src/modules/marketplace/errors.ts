/** Errors the marketplace queries raise for conditions a caller is expected to handle. */

/** A plugin id that names no plugin (or none the caller may see). */
export class UnknownPluginError extends Error {
  override readonly name = 'UnknownPluginError';
  constructor(readonly pluginId: string) {
    super(`unknown plugin ${pluginId}`);
  }
}

/** Subscribing needs the plugin's `requires_plugin` held first. */
export class PluginRequirementError extends Error {
  override readonly name = 'PluginRequirementError';
  constructor(
    readonly pluginId: string,
    readonly requiredPluginId: string,
  ) {
    super(`plugin ${pluginId} requires a subscription to ${requiredPluginId}`);
  }
}

/** The user has no trial of the plugin. */
export class TrialNotFoundError extends Error {
  override readonly name = 'TrialNotFoundError';
  constructor(
    readonly userId: string,
    readonly pluginId: string,
  ) {
    super(`user ${userId} has no trial of plugin ${pluginId}`);
  }
}

/** A trial that cannot do what was asked in its state: converted, expired, or past its end. */
export class TrialStateError extends Error {
  override readonly name = 'TrialStateError';
  constructor(
    readonly trialId: string,
    /** The trial's status, or `ended` for an active trial past `ends_at` that no job expired yet. */
    readonly state: 'converted' | 'expired' | 'ended',
    readonly action: string,
  ) {
    super(`trial ${trialId} is ${state}: cannot ${action} it`);
  }
}

/** The subscription named for a trial's conversion is not a live one of that user to that plugin. */
export class TrialSubscriptionMismatchError extends Error {
  override readonly name = 'TrialSubscriptionMismatchError';
  constructor(
    readonly subscriptionId: string,
    readonly userId: string,
    readonly pluginId: string,
  ) {
    super(
      `subscription ${subscriptionId} is not a live subscription of user ${userId} to plugin ${pluginId}`,
    );
  }
}

/** A submission id that names no submission (or none the caller may see). */
export class UnknownSubmissionError extends Error {
  override readonly name = 'UnknownSubmissionError';
  constructor(readonly submissionId: string) {
    super(`unknown submission ${submissionId}`);
  }
}

/** A submission already decided (approved or rejected), or not in the state the step needs. */
export class SubmissionStateError extends Error {
  override readonly name = 'SubmissionStateError';
  constructor(
    readonly submissionId: string,
    readonly status: string,
    readonly action: string,
  ) {
    super(`submission ${submissionId} is ${status}: cannot ${action} it`);
  }
}

/** Approving a submission whose slug is another author's plugin. */
export class PluginOwnershipError extends Error {
  override readonly name = 'PluginOwnershipError';
  constructor(readonly pluginId: string) {
    super(`plugin ${pluginId} belongs to another author`);
  }
}
