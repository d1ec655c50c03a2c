import { defineConfig } from 'vitest/config';

// Real-browser tests: the built extension in Debian's Chromium on the replica pages.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 60_000,
    maxWorkers: 2,
  },
});
