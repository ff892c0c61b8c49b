import { NEGATIONS, STOP_WORDS } from './stopwords.ts';
import { foldTransliteration, stemWord, type Token } from './tokens.ts';
import { extractQuantities, type Quantity } from './quantities.ts';

/** How much each kind of evidence counts, before weighting by rarity. */
export const FEATURE_FACTORS = {
  word: 1,
  name: 1.5,
  compoundPart: 0.6,
  prefix: 0.3,
  number: 1.5,
  quantity: 1,
} as const;

/** A sentence prepared for comparison. */
export interface SentenceFeatures {
  /** Feature -> factor (kind of evidence); multiplied by rarity to give the weight. */
  factors: Map<string, number>;
  /** Normalised tokens in order, for verbatim comparison. */
  norms: string[];
  /** Whether the sentence contains a negation. */
  negated: boolean;
  quantities: Quantity[];
}

/** What the whole corpus tells about single words: which exist on their own, which are names. */
export interface Lexicon {
  /** Stems of every word that occurs on its own somewhere in the corpus. */
  stems: Set<string>;
  /** Normalised words taken for names: in a run of capitalised words, and not inflected. */
  names: Set<string>;
}

const LINKERS = ['', 's', 'n', 'en', 'es', 'e'];
const MIN_PART = 3;

/**
 * A capitalised word looks like a name when its stem is the word itself, or the word less a
 * genitive -s ("Putin", "Putins", "Peskow"). German nouns are capitalised too, but most of them
 * inflect ("Entscheidungen", "Kremlsprecher"), which names rarely do.
 */
function uninflected(token: Token): boolean {
  return (
    token.stem === foldTransliteration(token.norm) || token.stem === foldTransliteration(token.norm.replace(/s$/, ''))
  );
}

/** Builds the lexicon from all tokenised sentences of a corpus. */
export function buildLexicon(sentences: readonly Token[][]): Lexicon {
  const stems = new Set<string>();
  const names = new Set<string>();
  for (const tokens of sentences) {
    let run: Token[] = [];
    const flush = () => {
      if (run.length >= 2) for (const t of run) if (uninflected(t)) names.add(t.norm);
      run = [];
    };
    tokens.forEach((token, i) => {
      if (token.norm.length >= MIN_PART && token.value === undefined) stems.add(token.stem);
      const content = token.capitalised && token.value === undefined && !STOP_WORDS.has(token.norm);
      if (content && i > 0) run.push(token);
      else flush();
    });
    flush();
  }
  return { stems, names };
}

/**
 * Splits a German compound into two words the corpus also uses on their own
 * ("raketentechnologie" -> "raketen" + "technologie", "satellitenbau" -> "satelliten" + "bau"),
 * so that a compound matches its spelled-out paraphrase. The longest known head wins.
 */
export function splitCompound(norm: string, lexicon: Lexicon): [string, string] | undefined {
  if (norm.length < 2 * MIN_PART + 2) return undefined;
  for (let cut = MIN_PART; cut <= norm.length - MIN_PART; cut++) {
    const head = norm.slice(cut);
    if (!lexicon.stems.has(stemWord(head))) continue;
    const modifier = norm.slice(0, cut);
    for (const linker of LINKERS) {
      if (!modifier.endsWith(linker)) continue;
      const bare = modifier.slice(0, modifier.length - linker.length);
      if (bare.length >= MIN_PART && lexicon.stems.has(stemWord(bare))) return [bare, head];
    }
  }
  return undefined;
}

const add = (factors: Map<string, number>, feature: string, factor: number) => {
  factors.set(feature, Math.max(factors.get(feature) ?? 0, factor));
};

/** Turns a tokenised sentence into weighted evidence. */
export function sentenceFeatures(tokens: readonly Token[], lexicon: Lexicon): SentenceFeatures {
  const factors = new Map<string, number>();
  let negated = false;
  const addStem = (stem: string, factor: number) => {
    add(factors, `w:${stem}`, factor);
    if (stem.length >= 7) add(factors, `p:${stem.slice(0, 5)}`, FEATURE_FACTORS.prefix);
  };
  for (const token of tokens) {
    if (NEGATIONS.has(token.norm)) negated = true;
    if (token.value !== undefined) {
      add(factors, `n:${token.value}`, FEATURE_FACTORS.number);
      continue;
    }
    if (STOP_WORDS.has(token.norm) || token.norm.length < 2) continue;
    addStem(token.stem, lexicon.names.has(token.norm) ? FEATURE_FACTORS.name : FEATURE_FACTORS.word);
    const parts = splitCompound(token.norm, lexicon);
    if (parts) for (const part of parts) addStem(stemWord(part), FEATURE_FACTORS.compoundPart);
  }
  const quantities = extractQuantities(tokens);
  for (const q of quantities) add(factors, `q:${q.unit}`, FEATURE_FACTORS.quantity);
  return { factors, norms: tokens.map((t) => t.norm), negated, quantities };
}
