import { defineConfig } from 'vitest/config';

/**
 * Three projects, run in this order by `npm test` after `astro build`:
 * unit (pure modules, parallel), build (real `astro` runs and the built `dist/`), browser
 * (Chromium against the built site). Build and browser tests share machines' two cores, so
 * their files run one at a time.
 */
export default defineConfig({
  test: {
    reporters: ['default', ['json', { outputFile: 'test-results/vitest.json' }]],
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      {
        test: {
          name: 'build',
          include: ['tests/build/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 180_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          fileParallelism: false,
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
