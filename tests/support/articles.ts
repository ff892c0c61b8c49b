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
