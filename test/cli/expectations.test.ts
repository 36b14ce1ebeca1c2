import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { expectations, moduleSchemas, qualified } from '../../src/cli/expectations.js';

describe('what verify and status expect', () => {
  it('covers every module that has a schema folder', () => {
    const folders = readdirSync('src/schema', { withFileTypes: true })
      .filter((d) => d.isDirectory() && !d.name.startsWith('_'))
      .map((d) => d.name)
      .sort();
    expect(Object.keys(moduleSchemas).sort()).toEqual(folders);
  });

  it('reads tables and policies from the schema, functions and triggers from the migrations', () => {
    const e = expectations();
    expect(e.tables).toContainEqual({
      module: 'core',
      schema: 'public',
      name: 'users',
      policies: ['users_delete_admin', 'users_select_own_or_admin', 'users_update_own_or_admin'],
    });
    expect(e.functions.map((f) => f.name)).toEqual(
      expect.arrayContaining(['auth.uid', 'saas_private.is_admin', 'saas_private.guard_user_role']),
    );
    expect(e.functions.find((f) => f.name === 'auth.uid')?.module).toBe('supabase');
    expect(e.triggers).toContainEqual({ module: 'core', name: 'guard_user_role', table: 'public.users' });
    expect(e.triggers.map((t) => t.table)).toContain('auth.users');
  });

  it('reads the policies SQL units make on tables the schema does not own (storage.objects)', () => {
    const storage = expectations().sqlPolicies.filter((p) => p.table === 'storage.objects');
    expect(storage.map((p) => p.name).sort()).toEqual([
      'Users can delete own files',
      'Users can read own files',
      'Users can update own files',
      'Users can upload own files',
    ]);
    expect(new Set(storage.map((p) => p.module))).toEqual(new Set(['storage']));
  });

  it('qualifies names the way the catalogue shows them', () => {
    expect(qualified('"users"')).toBe('public.users');
    expect(qualified('auth.uid')).toBe('auth.uid');
  });
});
