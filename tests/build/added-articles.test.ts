import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mainEvent, readArticleFiles } from '../support/articles.ts';
import { buildContentCopy, runProjectScript, type BuiltCopy } from '../support/astro.ts';
import { ROOT } from '../support/paths.ts';

/**
 * A newsroom adds articles without editing tests. This copies the content, adds two articles the
 * way an editor does (`npm run add` on a plain-text page, whose missing date is then filled in by
 * hand, and on a saved HTML page), builds the copy, and runs the checks that read the content and
 * the built site against it. Each added article sorts before the project's own, so a check that
 * tests "the first article" tests one of them.
 */
const work = mkdtempSync(join(tmpdir(), 'synopse-added-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const PAGES = join(ROOT, 'tests/fixtures/import-pages');
/**
 * The checks whose expectations come from the content and the built site; `only` picks the tests
 * of a file that read the event page's columns (the rest of those files tests layout).
 */
const CHECKS: { project: string; files: string[]; only?: string }[] = [
  {
    project: 'build',
    files: [
      'tests/build/html.test.ts',
      'tests/build/reading.test.ts',
      'tests/build/provenance.test.ts',
      'tests/build/search-index.test.ts',
      'tests/build/claims-json.test.ts',
      'tests/build/german.test.ts',
    ],
  },
  { project: 'browser', files: ['tests/browser/reading.test.ts', 'tests/browser/search.test.ts'] },
  {
    project: 'browser',
    files: ['tests/browser/comparison.test.ts', 'tests/browser/marks.test.ts'],
    only: 'on hover|first tap on a mark|focusing a mark',
  },
];

/** Runs `npm run add` (the real command) against a content folder; fails the test with its message. */
function add(content: string, page: string, event: string): void {
  const result = runProjectScript('scripts/add-article.ts', [join(PAGES, page), '--event', event], {
    SYNOPSE_CONTENT_DIR: content,
  });
  expect(result.status, result.output).toBe(0);
}

describe('the content checks hold with two articles added by npm run add', () => {
  const event = mainEvent();
  let built: BuiltCopy;
  beforeAll(() => {
    built = buildContentCopy(work, (content) => {
      add(content, '06-regionalzeitung.txt', event);
      // The page states no date: the editor fills it in, as the importer asks.
      const text = join(content, 'articles/gipfel-im-fernen-osten.md');
      writeFileSync(
        text,
        readFileSync(text, 'utf8').replace(
          /# published: TO FILL IN.*\n(?:#.*\n){3}/u,
          "published:\n  date: '2023-09-13'\n  precision: day\n  basis: 'Vom Redakteur nachgetragen.'\n",
        ),
      );
      add(content, '08-boulevard.html', event);
    });
  });

  it('builds the copy with both articles', () => {
    expect(built.status, built.output).toBe(0);
    const slugs = readArticleFiles(join(built.content, 'articles')).map((a) => a.slug);
    expect(slugs).toEqual(expect.arrayContaining(['gipfel-im-fernen-osten', 'kim-bei-putin']));
    // Both sort before every article of the project: "the first article" is an added one.
    expect(slugs.slice(0, 2)).toEqual(['gipfel-im-fernen-osten', 'kim-bei-putin']);
  });

  for (const [n, { project, files, only }] of CHECKS.entries()) {
    const names = files.map((f) => f.replace(/^.*\//, '')).join(', ');
    it(`passes the ${project} checks that read content and site: ${names}${only ? ` (${only})` : ''}`, () => {
      const report = join(work, `report-${n}.json`);
      const run = runProjectScript(
        'node_modules/vitest/vitest.mjs',
        ['run', '--project', project, `--outputFile.json=${report}`, ...(only ? ['-t', only] : []), ...files],
        { SYNOPSE_CONTENT_DIR: built.content, SYNOPSE_OUT_DIR: built.out },
        { timeout: 480_000 },
      );
      const counts = JSON.parse(readFileSync(report, 'utf8')) as { numFailedTests: number; numPassedTests: number };
      // The output names each failing check and, in its message, the article it failed on.
      expect(counts.numFailedTests, run.output.slice(-6000)).toBe(0);
      expect(counts.numPassedTests).toBeGreaterThanOrEqual(files.length);
      expect(run.status, run.output.slice(-3000)).toBe(0);
    }, 500_000);
  }
});
