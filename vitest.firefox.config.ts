import { defineConfig } from 'vitest/config';

// Real-browser tests in Debian's Firefox ESR (puppeteer-core over WebDriver BiDi). One file
// at a time: the fixture HTTPS server listens on 127.0.0.1:443.
export default defineConfig({
  test: {
    include: ['tests/e2e-firefox/**/*.e2e.ts'],
    environment: 'node',
    // One more try for a test that failed: a real-browser test on a shared 2-core machine can
    // lose a race to load; a real defect fails twice.
    retry: 1,
    testTimeout: 300_000, // a long walk on a shared 2-core machine under load
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
