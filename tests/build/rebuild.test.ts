import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readArticleFiles } from '../support/articles.ts';
import { runBuild } from '../support/astro.ts';
import { CONTENT } from '../support/paths.ts';
import { sentenceQuoting } from '../support/sentences.ts';

/**
 * Claims are computed across articles, but Astro's content cache re-renders only files that
 * changed. Two builds share one cache here: after an edit to one article, the marks in another
 * (unchanged) article must follow.
 */
const work = mkdtempSync(join(tmpdir(), 'synopse-rebuild-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const content = join(work, 'content');
const cache = join(work, 'cache');
const build = (out: string) =>
  runBuild({ SYNOPSE_CONTENT_DIR: content, SYNOPSE_CACHE_DIR: cache, SYNOPSE_OUT_DIR: out });
const sentenceClass = (out: string, slug: string, anchor: string) => {
  const html = readFileSync(join(out, 'artikel', slug, 'index.html'), 'utf8');
  // The sentence's element opens with its link, then the mark if it has one.
  const span = new RegExp(`<span id="${anchor}"[^>]*><a class="satz-link"[^>]*></a>(<a class="([^"]*)")?`).exec(html);
  return span?.[2] ?? '';
};

describe('editing one article updates the marks in the others', () => {
  it('drops the wortgleich mark of a sentence whose twin was deleted elsewhere', () => {
    cpSync(CONTENT, content, { recursive: true });
    const first = build(join(work, 'out-1'));
    expect(first.status, first.output).toBe(0);
    const twin = 'Kim war in seinem schwer gepanzerten Sonderzug';
    const watched = 'putin-empfaengt-kim-in-wostotschny';
    // The anchor of the unchanged article's sentence, found by its words.
    const { anchor } = sentenceQuoting(
      readArticleFiles(join(content, 'articles')).find((a) => a.slug === watched)!,
      twin,
    );
    expect(sentenceClass(join(work, 'out-1'), watched, anchor)).toContain('claim-mark--wortgleich');

    const edited = join(content, 'articles', 'putin-und-kim-treffen-sich-auf-weltraumbahnhof.md');
    const text = readFileSync(edited, 'utf8');
    writeFileSync(edited, text.replace(new RegExp(`\\n${twin}[^\\n]*\\n`), '\n'));
    // The editorial file named that claim; an editor removes the entry with the claim.
    const editorial = join(content, 'claims.yaml');
    const entries = readFileSync(editorial, 'utf8').split(/\n(?=  - action:)/);
    writeFileSync(editorial, entries.filter((entry) => !entry.includes(twin)).join('\n'));
    const second = build(join(work, 'out-2'));
    expect(second.status, second.output).toBe(0);
    // The sentence is still there, only its mark is gone.
    expect(readFileSync(join(work, 'out-2', 'artikel', watched, 'index.html'), 'utf8')).toMatch(
      new RegExp(`<span id="${anchor}"[^>]*><a class="satz-link"[^>]*></a>(<a [^>]*>)?${twin}`),
    );
    expect(sentenceClass(join(work, 'out-2'), watched, anchor)).not.toContain('claim-mark--wortgleich');
  });
});
