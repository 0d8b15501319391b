import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Browser tests share one built site and launch Chromium; two workers fit the 2-core machines.
    maxWorkers: 2,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Line coverage of src/lib, every module counted (a module no test imports counts as 0%), as a summary at the
    // end of `npm test` (which passes --coverage; focused runs skip it). Only code run inside the test workers
    // counts: not the browser's, nor that of spawned builds and CLI runs.
    coverage: {
      provider: 'v8',
      include: ['src/lib/**/*.ts'],
      reporter: ['text-summary'],
      reportOnFailure: true,
      reportsDirectory: 'node_modules/.cache/coverage',
    },
  },
});
