import { defineConfig } from 'vitest/config';

/**
 * End-to-end tests: real Chromium with the built extension (dist/ must exist; `npm test` builds first),
 * and Firefox ESR with dist-firefox/ in firefox.e2e.ts.
 * One file at a time in one fork: each file launches its own browser, and two at once would only
 * compete for the machine's two cores.
 */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.ts'],
    environment: 'node',
    pool: 'forks',
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // A page load plus a round trip through the service worker; 1 s (the default) is tight on 2 cores.
    expect: { poll: { timeout: 10_000, interval: 100 } },
  },
});
