import type { EngineArticle } from '../../src/lib/claims/types.ts';

/** A small deterministic PRNG (mulberry32): the same seed gives the same corpus. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = [
  'ba',
  'ker',
  'lin',
  'mo',
  'sta',
  'ru',
  'gen',
  'tor',
  'wei',
  'sal',
  'ter',
  'nor',
  'dal',
  'ka',
  'ost',
  'ber',
  'ling',
  'hau',
  'fen',
  'ri',
];
const FUNCTION = [
  'der',
  'die',
  'das',
  'und',
  'mit',
  'von',
  'für',
  'auf',
  'nach',
  'bei',
  'in',
  'dem',
  'den',
  'hat',
  'wird',
  'sei',
];
const VERBS = ['sagte', 'berichtete', 'erklärte', 'kündigte an', 'bestätigte', 'meldete'];

/** How a synthetic corpus is grouped into events. */
export interface SyntheticCorpusOptions {
  /**
   * Articles per event (default 5). The last event takes what is left. Each article gets the
   * index of its event in `event` (`ereignis-00000`, ...) when this is given; without it,
   * `event` is left out, as before, so earlier callers see the same corpus.
   */
  eventSize?: number;
  /** Facts in each event's pool (default 14); larger events may want more to share. */
  facts?: number;
}

/**
 * Builds a corpus of synthetic German-like articles for benchmarks: events of about five
 * articles each (or `eventSize`), whose sentences recombine and perturb a pool of facts (word
 * swaps, dropped words, changed numbers) among sentences of their own. Deterministic for a given
 * size, seed and options.
 */
export function syntheticCorpus(size: number, seed = 7, options: SyntheticCorpusOptions = {}): EngineArticle[] {
  const perEvent = Math.max(1, Math.floor(options.eventSize ?? 5));
  const factCount = Math.max(1, Math.floor(options.facts ?? 14));
  const withEvent = options.eventSize !== undefined;
  const next = random(seed + size);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const word = (capital: boolean) => {
    const text = Array.from({ length: 2 + Math.floor(next() * 3) }, () => pick(SYLLABLES)).join('');
    return capital ? text[0]!.toUpperCase() + text.slice(1) : text;
  };
  const sentence = () => {
    const parts: string[] = [word(true)];
    const length = 8 + Math.floor(next() * 10);
    for (let i = 0; i < length; i++) parts.push(next() < 0.35 ? pick(FUNCTION) : word(next() < 0.4));
    if (next() < 0.3) parts.splice(3, 0, String(Math.floor(next() * 2000)), 'Kilometer');
    parts.splice(Math.min(parts.length, 5), 0, pick(VERBS));
    return `${parts.join(' ')}.`;
  };
  const perturb = (text: string) => {
    const words = text.replace(/\.$/, '').split(' ');
    const i = 1 + Math.floor(next() * (words.length - 2));
    if (next() < 0.4) [words[i], words[i + 1]] = [words[i + 1]!, words[i]!];
    else if (next() < 0.5) words.splice(i, 1);
    else words[i] = /^\d+$/.test(words[i]!) ? String(Number(words[i]) + 100) : words[i]!;
    return `${words.join(' ')}.`;
  };
  const articles: EngineArticle[] = [];
  const events = Math.max(1, Math.ceil(size / perEvent));
  for (let e = 0; e < events && articles.length < size; e++) {
    const facts = Array.from({ length: factCount }, sentence);
    for (let a = 0; a < perEvent && articles.length < size; a++) {
      const sentences = facts.filter(() => next() < 0.6).map((fact) => (next() < 0.5 ? perturb(fact) : fact));
      for (let extra = 0; extra < 5; extra++) sentences.splice(Math.floor(next() * sentences.length), 0, sentence());
      const paragraphs: string[] = [];
      for (let i = 0; i < sentences.length; i += 3) paragraphs.push(sentences.slice(i, i + 3).join(' '));
      const id = `artikel-${String(articles.length).padStart(5, '0')}`;
      const body = paragraphs.join('\n\n');
      articles.push(withEvent ? { id, body, event: `ereignis-${String(e).padStart(5, '0')}` } : { id, body });
    }
  }
  return articles;
}
