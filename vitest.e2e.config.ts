/**
 * End-to-end tests in real Chromium and Firefox (test/harness). One browser per
 * file, files one after another: two cores, and browsers are the heavy part.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    environment: 'node',
    globalSetup: ['test/harness/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // A failed e2e test leaves its screenshots in test-artifacts/; no retries hide flakiness.
    retry: 0,
  },
});
