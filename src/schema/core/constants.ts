/** Application roles of a user. `admin` is granted by the service role only. */
export const userRoles = ['user', 'author', 'admin'] as const;
export type UserRole = (typeof userRoles)[number];

/** Columns a signed-in user may change on their own row; everything else is guarded. */
export const userSelfEditableColumns = ['display_name', 'avatar_url', 'company_name', 'profile'] as const;
