/**
 * The package's modules in dependency order: a module's SQL and seeds may use what an earlier one
 * created. Adding a module is adding its folder under `src/modules/` and its name here; every
 * registry is derived from this list (npm run db:generate). `supabase` is the compatibility
 * layer (no tables of its own); `entitlements` owns `check_user_permission`, which reads the
 * modules before it (plans now, add-ons with the store), so it comes last.
 */
export const modules = ['supabase', 'core', 'billing', 'storage', 'marketplace', 'entitlements'] as const;
export type Module = (typeof modules)[number];
