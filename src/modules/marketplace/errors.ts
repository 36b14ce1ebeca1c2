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
