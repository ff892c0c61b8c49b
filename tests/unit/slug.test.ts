import { describe, expect, it } from 'vitest';
import { SLUG_PATTERN, slugWords } from '../../src/lib/content/article-rules.ts';
import { slugify } from '../../src/lib/import/slug.ts';

describe('the slug rule (one for the importer and the loader)', () => {
  it('spells out umlauts and ß, drops other accents and breaks words at everything else', () => {
    expect(slugWords('Gipfel Wostotschny')).toEqual(['gipfel', 'wostotschny']);
    expect(slugWords('Größte Übung: Ärzte in Zürich – 3. Tag, café')).toEqual([
      'groesste',
      'uebung',
      'aerzte',
      'in',
      'zuerich',
      '3',
      'tag',
      'cafe',
    ]);
    expect(slugWords('„…“ – !')).toEqual([]);
  });

  it("gives the importer's slugs at most eight words and 60 characters, valid by the build's rule", () => {
    const title = 'Kim Jong Un besichtigt mit Wladimir Putin den Weltraumbahnhof Wostotschny im fernen Osten Russlands';
    const slug = slugify(title);
    expect(slug).toBe('kim-jong-un-besichtigt-mit-wladimir-putin-den');
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(SLUG_PATTERN.test(slug)).toBe(true);
    expect(slugify('Überschwemmungen in Südösterreich')).toBe('ueberschwemmungen-in-suedoesterreich');
  });
});
