import { syntheticCorpus } from '../../scripts/lib/synthetic-corpus.ts';
import { writeArticle } from '../../scripts/lib/generated-articles.ts';

// The generators the benchmarks share live in scripts/ (scripts must not depend on tests).
export { frontmatter, longBody, writeArticle } from '../../scripts/lib/generated-articles.ts';

/** Writes `count` generated articles into an articles folder; returns their slugs. */
export function writeGeneratedArticles(dir: string, count: number): string[] {
  return syntheticCorpus(count, 11).map((article, i) => {
    const slug = `erzeugt-${String(i).padStart(3, '0')}`;
    writeArticle(dir, slug, `Erzeugter Artikel ${i + 1}`, article.body);
    return slug;
  });
}
