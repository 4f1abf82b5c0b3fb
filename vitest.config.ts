import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    // Database and browser tests start real engines; a generous per-test limit avoids flakes on 2 cores.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    reporters: process.env.CI_SUMMARY_FILE ? ['default', ['json', { outputFile: process.env.CI_SUMMARY_FILE }]] : ['default'],
  },
});
