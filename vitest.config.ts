import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 20_000,
    coverage: {
      provider: 'v8',
      include: ['rules/**/*.ts', 'understanding/**/*.ts', 'machines/**/*.ts', 'content/**/*.ts', 'bot/**/*.ts'],
      reporter: ['text-summary', 'text'],
    },
  },
});
