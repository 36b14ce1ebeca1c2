/**
 * The package's modules in dependency order: a module's SQL functions and seeds may use what an
 * earlier one created. `supabase` is the compatibility layer (no tables of its own).
 */
export const modules = ['supabase', 'core', 'billing', 'storage', 'marketplace', 'store', 'hosting'] as const;
export type Module = (typeof modules)[number];
