import { defineConfig } from 'vitest/config';

/**
 * Three projects. `npm test` runs each on its own: unit (pure modules, parallel) before the
 * site is built, so a failure stops it early; then build (real `astro` runs and the built
 * `dist/`) and browser (Chromium against the built site). Build test files run one at a time:
 * each `astro build` keeps both of the machine's two cores busy (Astro and the claim engine's
 * workers). Browser test files run two at a time: Chromium checking a page keeps about one core
 * busy, so two files side by side nearly halve the suite.
 */
export default defineConfig({
  test: {
    // Each `npm run test:<project>` names its own report (`--outputFile.json=...`) so one run
    // does not overwrite another's; .ci/run sums test-results/vitest-*.json.
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          // The unit files share one module graph (remark-parse and micromark, the claim engine,
          // the pair model): isolated, each of 28 files paid ~0.3-0.5 s to import it again and a
          // fresh worker, two thirds of the run. Unit modules keep no state between calls and
          // no file mocks a module, so each worker imports them once.
          isolate: false,
        },
      },
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
          maxWorkers: 2,
          testTimeout: 60_000,
          // A poll waits for the page to react (a mark lit, a result listed); how fast it reacts
          // is the benchmarks' business. Vitest's default of 1 s made each poll a wall-clock
          // assertion, and one browser round trip on a busy shared machine took longer.
          expect: { poll: { timeout: 10_000 } },
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
