import { defineConfig } from 'vitest/config';

// Real-browser tests: the built extension in Debian's Chromium on the replica pages.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    // One more try for a test that failed: a real-browser test on a shared 2-core machine can
    // lose a race to load; a real defect fails twice.
    retry: 1,
    testTimeout: 120_000,
    hookTimeout: 60_000,
    maxWorkers: 2,
  },
});
