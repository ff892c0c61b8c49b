import { describe, expect, it } from 'vitest';
import { renderArticleBody, renderArticleViews } from '../../src/plugins/article-processor.ts';
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
      expect(views.html).not.toContain(`${file.slug}--`);
    });
  }
});
