// Only for test/support/stall-reporter.test.ts: a run whose one test blocks its worker.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['blocked.fixture.ts'],
    testTimeout: 60_000,
    reporters: ['default', '../stall-reporter.ts'],
  },
});
