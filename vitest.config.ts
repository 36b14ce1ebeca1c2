import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    // Each file gets its own database; PGlite instances are memory-hungry, so cap parallelism.
    maxWorkers: 2,
    // Threads that keep their module cache between files: PGlite's WebAssembly, Drizzle and the
    // schema load once per worker instead of once per file. Test files share no state.
    pool: 'threads',
    isolate: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
