import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { GoldSet } from '../../src/lib/claims/evaluate.ts';
import type { EngineArticle } from '../../src/lib/claims/types.ts';
import { readArticleFiles } from './articles.ts';
import { ROOT } from './paths.ts';

/** The labelled claims of tests/fixtures/claims-gold.yaml, with short article keys expanded. */
export function readGold(): GoldSet {
  const raw = parse(readFileSync(join(ROOT, 'tests/fixtures/claims-gold.yaml'), 'utf8')) as Record<string, unknown> &
    GoldSet;
  const expand = (ref: string) => {
    const [key, anchor] = ref.split('#');
    const slug = raw[key!];
    if (typeof slug !== 'string') throw new Error(`claims-gold.yaml: unknown article key "${key}" in ${ref}`);
    return `${slug}#${anchor}`;
  };
  return {
    claims: raw.claims.map((claim) => ({
      label: claim.label,
      passages: claim.passages.map(expand),
      also: (claim.also ?? []).map(expand),
    })),
    negatives: raw.negatives.map((n) => ({ pair: [expand(n.pair[0]), expand(n.pair[1])], why: n.why })),
  };
}

/** The project's five articles as engine input. */
export function projectArticles(): EngineArticle[] {
  return readArticleFiles().map((file) => ({
    id: file.slug,
    body: file.body,
    lead: file.frontmatter.lead as string | undefined,
    event: file.frontmatter.event as string,
  }));
}
