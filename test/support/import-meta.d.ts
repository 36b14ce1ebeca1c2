/** Vite's `import.meta.glob`, which vitest provides to test files (test/rls/specs.ts). */
interface ImportMeta {
  glob<T>(pattern: string, options: { eager: true }): Record<string, T>;
}
