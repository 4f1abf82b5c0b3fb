import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    globalSetup: ['test/support/global-setup.ts'],
    // Database and browser tests start real engines, two files at a time on 2 cores: a generous
    // limit avoids flakes when both files start engines at once (a hang still fails).
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: 'forks',
    // Two files at a time on 2 cores: most files wait on PostgreSQL, Chromium or a child process
    // much of their time, and one worker left a core idle (vitest's default is cores − 1).
    maxWorkers: 2,
    reporters: process.env.CI_SUMMARY_FILE ? ['default', ['json', { outputFile: process.env.CI_SUMMARY_FILE }]] : ['default'],
  },
});
