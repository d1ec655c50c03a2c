import { defineConfig } from 'vitest/config';

// Real-browser tests in Debian's Firefox ESR (puppeteer-core over WebDriver BiDi). One file
// at a time: the fixture HTTPS server listens on 127.0.0.1:443.
export default defineConfig({
  test: {
    include: ['tests/e2e-firefox/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 120_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
