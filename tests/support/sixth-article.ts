import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { splitFrontmatter } from '../../src/lib/content/frontmatter.ts';
import type { EngineArticle } from '../../src/lib/claims/types.ts';
import { ROOT } from './paths.ts';

/** The folder of the sixth-article fixture: `articles/` and `sources/`, laid out like content/. */
export const SIXTH = join(ROOT, 'tests/fixtures/sixth-article');
/** Its slug. */
export const SIXTH_SLUG = 'kim-besichtigt-mit-putin-den-weltraumbahnhof';

/** The sixth article as engine input. */
export function sixthArticle(): EngineArticle {
  const { frontmatter, body } = splitFrontmatter(readFileSync(join(SIXTH, 'articles', `${SIXTH_SLUG}.md`), 'utf8'));
  return { id: SIXTH_SLUG, body, event: String(frontmatter.event) };
}
