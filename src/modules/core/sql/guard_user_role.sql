-- Retired: `users.role` is guarded by the generic column guard (saas_private.guard_columns),
-- declared with the table's access in src/modules/core/users.ts.
DROP TRIGGER IF EXISTS guard_user_role ON public.users;
DROP FUNCTION IF EXISTS saas_private.guard_user_role();
