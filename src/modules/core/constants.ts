/** Application roles of a user. `admin` is granted by an admin or the service role only. */
export const userRoles = ['user', 'author', 'admin'] as const;
export type UserRole = (typeof userRoles)[number];
