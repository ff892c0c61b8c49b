import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runAstro } from '../support/astro.ts';
import { writeArticle } from '../support/generate-articles.ts';
import { CONTENT } from '../support/paths.ts';

/**
 * An article whose title is one word far longer than a page title may be (no space before
 * character 58), beside the five articles. Shortening that title once looped forever, so the
 * build runs with a timeout: a regression fails here instead of hanging the suite.
 */
const WORD = 'Raumfahrtkooperationsvereinbarungsverhandlungsdelegationsleiter';
const TITLE = `${WORD}${WORD}${WORD} treffen sich in Wostotschny`;
const SLUG = 'sehr-langer-titel';

const work = mkdtempSync(join(tmpdir(), 'synopse-long-title-'));
const out = join(work, 'dist');
let build: { status: number | null; output: string };

beforeAll(() => {
  const content = join(work, 'content');
  cpSync(CONTENT, content, { recursive: true });
  writeArticle(
    join(content, 'articles'),
    SLUG,
    TITLE,
    'Putin und Kim trafen sich am Mittwoch auf dem Weltraumbahnhof. Sie sprachen über Satelliten.',
  );
  build = runAstro(
    ['build'],
    { SYNOPSE_CONTENT_DIR: content, SYNOPSE_CACHE_DIR: join(work, 'cache'), SYNOPSE_OUT_DIR: out },
    { timeout: 120_000 },
  );
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

const page = (path: string) => join(out, path, 'index.html');

describe('an article title of one 190-character word', () => {
  it('builds (within the timeout)', () => {
    expect(TITLE.indexOf(' ')).toBeGreaterThan(58);
    expect(build.status, build.output.slice(-3000)).toBe(0);
  });

  it('gets a page title shortened inside the word, with the site name, within 70 characters', () => {
    const html = readFileSync(page(`artikel/${SLUG}`), 'utf8');
    const title = /<title>([^<]*)<\/title>/.exec(html)![1]!;
    expect(title.length).toBeLessThanOrEqual(70);
    expect(title).toMatch(new RegExp(`^${WORD.slice(0, 40)}.*… – Synopse$`));
    // Shared links keep the whole title.
    expect(html).toContain(`<meta property="og:title" content="${TITLE}">`);
  });

  it('gives a valid article page (html-validate, recommended rules)', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
    const report = await validator.validateFile(page(`artikel/${SLUG}`));
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);
  });
});
