import { defineConfig } from 'vitest/config';

// Two projects: "unit" needs nothing built; "site" checks the built dist/, mostly in Debian's chromium.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts', 'test-support/**/*.test.ts', 'tests/*.test.ts'],
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/site/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // One chromium at a time on a two-core machine.
          fileParallelism: false,
        },
      },
    ],
  },
});
