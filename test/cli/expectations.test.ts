import { describe, expect, it } from 'vitest';
import { expectations } from '../../src/cli/expectations.js';

describe('what verify and status expect', () => {
  it('reads tables, their indexes and policies from the schema, functions and triggers from the migrations', async () => {
    const e = await expectations();
    expect(e.tables).toContainEqual(
      expect.objectContaining({
        module: 'core',
        schema: 'public',
        name: 'users',
        policies: [
          'users_delete_admin',
          'users_select_admin',
          'users_select_authenticated',
          'users_update_admin',
          'users_update_authenticated',
        ],
      }),
    );
    expect(e.tables.find((t) => t.name === 'subscriptions')?.indexes).toContain(
      'subscriptions_one_live_plan_per_user',
    );
    expect(e.functions.map((f) => f.name)).toEqual(
      expect.arrayContaining(['auth.uid', 'saas_private.is_admin', 'saas_private.guard_columns']),
    );
    expect(e.functions.map((f) => f.name)).not.toContain('saas_private.guard_user_role');
    expect(e.functions.find((f) => f.name === 'auth.uid')?.module).toBe('supabase');
    expect(e.triggers).toContainEqual({ module: 'core', name: 'guard_columns', table: 'public.users' });
    expect(e.triggers.map((t) => t.table)).toContain('auth.users');
  });

  it('reads the policies SQL units make on tables the schema does not own (storage.objects)', async () => {
    const storage = (await expectations()).sqlPolicies.filter((p) => p.table === 'storage.objects');
    expect(storage.map((p) => p.name).sort()).toEqual([
      'Users can delete own files',
      'Users can read own files',
      'Users can update own files',
      'Users can upload own files',
    ]);
    expect(new Set(storage.map((p) => p.module))).toEqual(new Set(['storage']));
  });
});
