import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitFrontmatter } from '../../src/lib/content/frontmatter.ts';
import { CONTENT } from './paths.ts';

/** An article file read straight from `content/articles/`, as tests see it. */
export interface ArticleFile {
  slug: string;
  path: string;
  frontmatter: Record<string, unknown>;
  body: string;
}

/** Reads every article file of the project's content, sorted by slug. */
export function readArticleFiles(dir = join(CONTENT, 'articles')): ArticleFile[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .sort()
    .map((name) => {
      const path = join(dir, name);
      const { frontmatter, body } = splitFrontmatter(readFileSync(path, 'utf8'));
      return { slug: name.replace(/\.md$/, ''), path, frontmatter, body };
    });
}

/** The event an article file names. */
export const eventOf = (article: ArticleFile): string => String(article.frontmatter.event);

/** Article files grouped by event, each group sorted by slug; largest group first, then by id. */
export function articlesByEvent(articles: readonly ArticleFile[] = readArticleFiles()): [string, ArticleFile[]][] {
  const groups = new Map<string, ArticleFile[]>();
  for (const article of articles) groups.set(eventOf(article), [...(groups.get(eventOf(article)) ?? []), article]);
  return [...groups].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
}

/** The event most articles report: the one whose page tests read the comparison on. */
export const mainEvent = (articles: readonly ArticleFile[] = readArticleFiles()): string =>
  articlesByEvent(articles)[0]![0];

/** Every event file's id (file name without extension) in `content/events/`. */
export function readEventIds(dir = join(CONTENT, 'events')): string[] {
  return readdirSync(dir)
    .filter((name) => /\.(ya?ml|json)$/.test(name))
    .map((name) => name.replace(/\.(ya?ml|json)$/, ''))
    .sort();
}
