import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    // The same fast-check cases on every run (see the file).
    setupFiles: ['test/support/fast-check-seed.ts'],
    // A run whose worker is blocked ends with where it stopped, not at CI's time limit (see the file).
    reporters: ['default', './test/support/stall-reporter.ts'],
    coverage: {
      provider: 'v8',
      include: ['rules/**/*.ts', 'understanding/**/*.ts', 'machines/**/*.ts', 'content/**/*.ts', 'bot/**/*.ts'],
      reporter: ['text-summary', 'text'],
    },
  },
});
