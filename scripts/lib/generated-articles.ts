/**
 * Generated articles for the benchmarks and the build tests: a valid frontmatter of the Vostochny
 * event, an article with its raw source, and a long German-like body. They live in scripts/ because
 * the benchmarks (scripts/lib/large-article-bench.ts) need them and scripts must not depend on
 * tests; tests/support/generate-articles.ts re-exports them for the tests.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { random } from './synthetic-corpus.ts';

/** Frontmatter for a generated test article of the Vostochny event. */
export function frontmatter(title: string, source: string): string {
  return `---
title: '${title}'
titleSource: editorial
event: gipfel-wostotschny-2023
published:
  date: '2023-09-13'
  precision: day
  basis: 'Erzeugter Testartikel.'
agencies: []
variant: de-DE
source: ${source}
---

`;
}

/**
 * Writes an article and its raw source: `dir` is a content folder's `articles/`, the source goes
 * to the sibling `sources/` (every article must name a source that exists).
 */
export function writeArticle(dir: string, slug: string, title: string, body: string): void {
  const sources = join(dirname(dir), 'sources');
  mkdirSync(sources, { recursive: true });
  writeFileSync(join(sources, `${slug}.txt`), `${title}\n${body}\n`);
  writeFileSync(join(dir, `${slug}.md`), frontmatter(title, `${slug}.txt`) + body + '\n');
}

/** A body of about `words` words in paragraphs of German-like sentences. */
export function longBody(words: number): string {
  const next = random(5);
  const vocabulary = [
    'Regierung',
    'berichtete',
    'Treffen',
    'Delegation',
    'Gespräche',
    'Hauptstadt',
    'Erklärung',
    'Minister',
    'sagte',
    'Woche',
    'Abkommen',
    'Vertreter',
  ];
  const sentences: string[] = [];
  let count = 0;
  while (count < words) {
    const length = 8 + Math.floor(next() * 12);
    const parts = Array.from({ length }, () => vocabulary[Math.floor(next() * vocabulary.length)]!.toLowerCase());
    parts[0] = parts[0]![0]!.toUpperCase() + parts[0]!.slice(1);
    sentences.push(`${parts.join(' ')} ${Math.floor(next() * 1000)}.`);
    count += length + 1;
  }
  const paragraphs: string[] = [];
  for (let i = 0; i < sentences.length; i += 5) paragraphs.push(sentences.slice(i, i + 5).join(' '));
  return paragraphs.join('\n\n');
}
