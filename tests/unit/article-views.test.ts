import { describe, expect, it } from 'vitest';
import { renderArticleBody, renderArticleViews } from '../../src/plugins/article-processor.ts';
import { fromMarkdownBody } from '../../src/lib/text/markdown.ts';
import { segmentArticle } from '../../src/lib/text/units.ts';
import { readArticleFiles } from '../support/articles.ts';

describe('an article rendered once for two views', () => {
  for (const file of readArticleFiles()) {
    it(`${file.slug}: gives the article page and, with prefixed ids, the comparison, as two renders would`, () => {
      const units = segmentArticle({ body: file.body });
      const views = renderArticleViews(file.body, { units, comparisonPrefix: `${file.slug}--` });
      expect(views.html).toBe(renderArticleBody(file.body, { units }));
      expect(views.comparisonHtml).toBe(renderArticleBody(file.body, { units, idPrefix: `${file.slug}--` }));
      expect(views.comparisonHtml).toContain(`id="${file.slug}--satz-1"`);
      // The link to a sentence follows its id there.
      expect(views.comparisonHtml).toContain(`href="#${file.slug}--satz-1"`);
      expect(views.html).toContain('href="#satz-1"');
      expect(views.html).not.toContain(`${file.slug}--`);
    });
  }
});

describe('one parse of the body for segmenting and rendering', () => {
  const quoted =
    '## Zwischentitel\n\n> Ein *zitierter* Satz. Noch einer.\n\n- Ein Punkt mit [Link](https://example.org).\n';
  for (const { slug, body } of [...readArticleFiles(), { slug: 'markdown', body: quoted }]) {
    it(`${slug}: the parsed tree gives the units and the HTML that parsing again gives`, () => {
      const tree = fromMarkdownBody(body);
      const units = segmentArticle({ body }, tree);
      expect(units).toEqual(segmentArticle({ body }));
      const options = { units, comparisonPrefix: `${slug}--`, comparisonCharacters: 500 };
      expect(renderArticleViews(body, { ...options, parsed: tree })).toEqual(renderArticleViews(body, options));
    });
  }
});

describe('the comparison of a long article', () => {
  const paragraphs = Array.from(
    { length: 120 },
    (_, i) => `Absatz ${i + 1} beginnt hier. Er hat einen zweiten Satz mit einigen Wörtern mehr.`,
  );
  const body = `${paragraphs.join('\n\n')}\n`;
  const units = segmentArticle({ body });

  it('holds whole paragraphs up to the limit and says where the article goes on', () => {
    const views = renderArticleViews(body, { units, comparisonPrefix: 'lang--', comparisonCharacters: 2000 });
    const kept = [...views.comparisonHtml.matchAll(/<p id="lang--(absatz-\d+)"/g)].map((m) => m[1]);
    const keptText = paragraphs.slice(0, kept.length).join('').length;
    expect(kept.length).toBeGreaterThan(1);
    expect(kept.length).toBeLessThan(paragraphs.length);
    expect(keptText).toBeLessThanOrEqual(2000 + paragraphs[0]!.length);
    // The first sentence left out is where the reader goes on, on the article page.
    const next = units.find((unit) => unit.block === `absatz-${kept.length + 1}`)!;
    expect(views.comparisonCut?.anchor).toBe(next.anchor);
    expect(views.html).toContain(`id="${next.anchor}"`);
    expect(views.comparisonHtml).not.toContain(`id="lang--${next.anchor}"`);
    const omittedWords = paragraphs.slice(kept.length).join(' ').split(/\s+/).length;
    expect(views.comparisonCut?.words).toBe(omittedWords);
    // The article page keeps everything.
    expect(views.html.match(/<p id="absatz-\d+"/g)).toHaveLength(paragraphs.length);
  });

  it('is the whole text, with no cut, when it fits', () => {
    const views = renderArticleViews(body, { units, comparisonPrefix: 'lang--', comparisonCharacters: 1_000_000 });
    expect(views.comparisonCut).toBeUndefined();
    expect(views.comparisonHtml).toBe(renderArticleBody(body, { units, idPrefix: 'lang--' }));
  });
});
