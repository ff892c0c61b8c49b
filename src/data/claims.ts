import { readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { analyseCorpus } from '../lib/claims/engine.ts';
import { parseEditorial } from '../lib/claims/editorial.ts';
import { CONTENT_DIR } from '../lib/content/location.ts';
import type { ClaimsResult } from '../lib/claims/types.ts';
import { loadArticles } from './corpus.ts';

let cached: Promise<ClaimsResult> | undefined;

/**
 * The claims of all articles, computed once per build from the current content and
 * `content/claims.yaml`. Every page that shows claims reads this, so an edit to one article
 * updates the marks in all others on the next build.
 */
export function loadClaims(): Promise<ClaimsResult> {
  cached ??= compute();
  return cached;
}

async function compute(): Promise<ClaimsResult> {
  const articles = await loadArticles();
  const file = join(CONTENT_DIR, 'claims.yaml');
  const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  const name = relative(process.cwd(), file);
  const result = analyseCorpus(
    articles.map((article) => ({
      id: article.id,
      body: article.body,
      lead: article.data.lead,
      event: article.event.id,
      units: article.units,
    })),
    text === undefined ? {} : { editorial: { data: parseEditorial(text, name), file: name } },
  );
  // Moot editorial entries must not break the build (more articles move the machine's results),
  // but the editor should hear of them.
  for (const warning of result.warnings) console.warn(`[claims] ${warning}`);
  return result;
}
