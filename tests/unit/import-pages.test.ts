import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkIntegrity } from '../../src/lib/content/integrity.ts';
import { extractBlocks } from '../../src/lib/text/blocks.ts';
import { renderArticle } from '../../src/lib/import/article-file.ts';
import { draftArticle } from '../../src/lib/import/draft.ts';
import { seedFromHtml } from '../../src/lib/import/html-seed.ts';
import { seedFromText } from '../../src/lib/import/seed.ts';
import { ROOT } from '../support/paths.ts';

/**
 * Ten pages in the styles of different German-language outlets, as copied from a browser (.txt)
 * or saved (.html), each with the article file `npm run add` must make of it
 * (`<name>.expected.md`, read and corrected by hand). Share bars one button a line, cookie and
 * consent lines, subscription boxes, "Mehr zum Thema" lists, captions and credits, author and
 * reading-time lines are debris with their reason, never the title or a subhead; dates in
 * bylines and date lines are the publication date, with their basis.
 */
const DIR = join(ROOT, 'tests/fixtures/import-pages');
const PAGES = readdirSync(DIR).filter((name) => /\.(txt|html)$/.test(name));

function importPage(name: string) {
  const text = readFileSync(join(DIR, name), 'utf8');
  const seed = name.endsWith('.html') ? seedFromHtml(text) : seedFromText(text, 'text');
  const draft = draftArticle(seed, { source: name.replace(/\.html$/, '.txt'), event: 'gipfel-wostotschny-2023' });
  return { seed, draft, article: renderArticle(draft, { events: ['gipfel-wostotschny-2023'] }) };
}

describe('the importer on pages of real outlets', () => {
  it('has ten pages, plain text and HTML', () => {
    expect(PAGES).toHaveLength(10);
    expect(PAGES.filter((name) => name.endsWith('.html')).length).toBeGreaterThanOrEqual(3);
  });

  it.each(PAGES)('%s: gives the expected article file, word for word from the page', (name) => {
    const { seed, draft, article } = importPage(name);
    expect(article).toBe(readFileSync(join(DIR, name.replace(/\.\w+$/, '.expected.md')), 'utf8'));
    expect(checkIntegrity(seed.text, draft)).toEqual([]);
    const removed = new Set(draft.removed.map((line) => line.text));
    const subheads = extractBlocks(draft.body).filter((block) => block.kind === 'heading');
    expect(removed.has(draft.title)).toBe(false);
    for (const subhead of subheads) expect(removed.has(subhead.text)).toBe(false);
    for (const word of [
      'Facebook',
      'Twitter',
      'WhatsApp',
      'E-Mail',
      'Cookie',
      'abonnieren',
      'Foto:',
      'Bild:',
      'Von ',
    ]) {
      expect(`${draft.title}\n${draft.kicker ?? ''}\n${draft.body}`).not.toContain(word);
    }
  });

  it('reads the publication date from bylines and date lines, naming them as the basis', () => {
    const bases = PAGES.map((name) => importPage(name).draft.published?.basis ?? '');
    expect(bases).toEqual(
      expect.arrayContaining([
        'Autorenzeile der Quelle: „Von unserer Korrespondentin, 13. September 2023“.',
        'Datumszeile der Quelle: „13.09.2023, 14:35 Uhr“.',
        'Datumszeile der Quelle: „Mittwoch, 13.09.2023“.',
        'Autorenzeile der Quelle: „Von Max Muster | 13.09.2023“.',
      ]),
    );
    expect(PAGES.filter((name) => importPage(name).draft.published?.date === '2023-09-13')).toHaveLength(9);
  });
});
