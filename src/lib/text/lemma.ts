/**
 * German verb forms brought together by rule, before stemming: a separable verb split over its
 * clause ("feuerte … ab"), its participle ("abgefeuert"), its zu-infinitive ("abzufeuern") and
 * its infinitive ("abfeuern") give one base ("abfeuer"), which the Snowball stemmer then stems
 * like any word. Regular verbs only: strong verbs change their vowel ("nahm"/"genommen"), which
 * needs a word list, not a rule. Nouns and compounds are left alone: the rules see lower-case
 * words only, and nothing here splits a compound.
 *
 * Pure and without the claim engine: callers pass the normalised words (`normaliseWord`).
 */

/**
 * Particles that separable verbs leave at the end of a main clause ("Nordkorea feuerte zwei
 * Raketen ab"). Only particles, never the inseparable prefixes (be-, ver-, zer-, ...).
 */
export const SEPARABLE_PARTICLES: ReadonlySet<string> = new Set(
  `ab an auf aus bei bekannt dar durch ein entgegen fest fort frei heim her heran heraus herbei
  herein herum herunter hervor hin hinaus hinein hinzu los mit nach nieder statt teil um vor voran
  voraus vorbei vorüber weg weiter zu zurecht zurück zusammen`.split(/\s+/),
);

/** Particles by length, longest first, so "zurück" is tried before "zu". */
const PARTICLES_LONGEST_FIRST = [...SEPARABLE_PARTICLES].sort((a, b) => b.length - a.length || a.localeCompare(b));

/**
 * Verbs whose "ge" belongs to the stem (gelangen, gehören, gewinnen, ...): "gelangt" is not a
 * participle of "langen", and "gestaltet" not one of "stalten". Also "gesamt" and "gerecht",
 * which look like participles and are not.
 */
const GE_STEMS = [
  'gebiet',
  'gebrauch',
  'gedenk',
  'gefähr',
  'gefall',
  'gehorch',
  'gehör',
  'geleit',
  'gelang',
  'geling',
  'genehmig',
  'genieß',
  'geniess',
  'genüg',
  'gerat',
  'gerecht',
  'gesamt',
  'gescheh',
  'gestalt',
  'gesteh',
  'gewähr',
  'gewinn',
  'gewöhn',
];

/** Letters a verb stem needs at least, so short words ("gut", "alt", "heute") keep their shape. */
const MIN_STEM = 3;

/** Strips "ge" from a weak participle ("gesagt" → "sagt"); `undefined` if the word is none. */
function withoutGe(word: string): string | undefined {
  if (!word.startsWith('ge') || !/e?t$/.test(word) || GE_STEMS.some((stem) => word.startsWith(stem))) return undefined;
  const rest = word.slice(2);
  return rest.replace(/e?t$/, '').length >= MIN_STEM ? rest : undefined;
}

/**
 * Undoes the participle "ge" and the infinitive "zu" inside a separable verb: "abgefeuert" →
 * "abfeuert", "abzufeuern" → "abfeuern", "gesagt" → "sagt". Other words come back unchanged.
 */
export function withoutInfix(word: string): string {
  for (const particle of PARTICLES_LONGEST_FIRST) {
    if (!word.startsWith(particle)) continue;
    const rest = word.slice(particle.length);
    if (rest.startsWith('zu') && /(?:e[nl]?n|ern)$/.test(rest) && rest.length - 2 >= MIN_STEM + 2)
      return particle + rest.slice(2);
    const participle = withoutGe(rest);
    if (participle !== undefined) return particle + participle;
  }
  return withoutGe(word) ?? word;
}

/**
 * The endings peeled off a verb form, in this order, each at most once: the "-n" of infinitive
 * and plural, an "-e", the "-t" of the present and past tense, the linking "e" and a stem's own
 * "t". Peeling the stem's "t" too is what keeps the rule consistent: "arbeiten", "arbeitet" and
 * "arbeitete" cannot be told from "feuer-ten" by their shape, so they all become "arbei".
 */
const PEEL = ['n', 'e', 't', 'e', 't'];

/**
 * The base of a regular verb form as the stemmer wants it: participle "ge" and infinitive "zu"
 * undone, then the endings of {@link PEEL} peeled off, keeping at least three letters:
 * "feuerte", "feuert", "gefeuert", "feuern" → "feuer"; "abgefeuert", "abzufeuern", "abfeuern" →
 * "abfeuer". Applied to adjectives ("bekannte" → "bekann") the result is still one base for
 * all their forms.
 */
export function verbBase(word: string): string {
  let base = withoutInfix(word);
  for (const ending of PEEL) {
    if (base.endsWith(ending) && base.length - ending.length >= MIN_STEM) base = base.slice(0, -ending.length);
  }
  return base;
}

/** A word of a sentence, as far as finding separable verbs needs it. */
export interface ClauseWord {
  /** Normalised (lower case). */
  norm: string;
  /** Written with a capital letter. */
  capitalised: boolean;
  /** A clause boundary (comma, colon, bracket, dash) stands before this word. */
  clauseBreak: boolean;
  /** A number. */
  number?: boolean;
}

/** Articles, determiners and prepositions: a lower-case word right after one is an attribute, not the verb. */
const BEFORE_ATTRIBUTE = new Set(
  `der die das den dem des ein eine einen einem einer eines kein keine keinen keinem keiner keines
  dieser diese dieses diesem diesen jeder jede jedes jedem jeden mein meine meinen meinem meiner
  sein seine seinen seinem seiner seines ihr ihre ihren ihrem ihrer ihres unser unsere unseren
  unserem unserer alle allen aller einige einigen mehrere mehreren viele vielen wenige wenigen
  am an auf aus bei beim durch für gegen hinter im in ins mit nach neben ohne seit über um unter
  vom von vor während wegen zu zum zur zwischen`.split(/\s+/),
);

/** Pronouns and linking words that may stand before the verb of a clause without being it. */
const BEFORE_VERB = new Set(
  `ich du er sie es wir ihr man und oder aber denn doch dann nun so da daraufhin zudem außerdem
  ausserdem jedoch inzwischen später zuvor sich mich dich uns euch nicht kein keine nie niemals
  davon dafür dabei darauf daraus damit meist ganz sehr auch noch schon bereits`.split(/\s+/),
);

/** Words that end a clause before a coordinated one ("feuerte Raketen ab und drohte …"). */
const COORDINATION = new Set(['und', 'oder', 'aber', 'sondern', 'denn']);

/**
 * Finds the separable verbs of a sentence: a particle at the end of a clause (before a comma,
 * colon, bracket, dash, a coordinating "und"/"oder"/…, or the sentence end) belongs to the
 * finite verb of that clause, the first lower-case word after the clause's first constituent
 * ("Am Montag feuerte Nordkorea zwei Raketen ab": "feuerte"). Returns, for each such verb's
 * index, the index of its particle. A clause whose verb cannot be told is left alone.
 */
export function separableVerbs(words: readonly ClauseWord[]): Map<number, number> {
  const found = new Map<number, number>();
  let start = 0;
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    if (word.clauseBreak || (COORDINATION.has(word.norm) && !word.capitalised)) start = i;
    const next = words[i + 1];
    const atEnd = !next || next.clauseBreak || (COORDINATION.has(next.norm) && !next.capitalised);
    if (!atEnd || word.capitalised || !SEPARABLE_PARTICLES.has(word.norm) || i - start < 2) continue;
    const verb = finiteVerb(words, COORDINATION.has(words[start]!.norm) ? start + 1 : start, i);
    if (verb !== undefined && !found.has(verb)) found.set(verb, i);
  }
  return found;
}

/**
 * The finite verb of the clause `words[from..to)`: the first lower-case word that is not part of
 * a phrase opened by an article or preposition ("Die nordkoreanische Armee feuerte": not
 * "nordkoreanische"), nor a pronoun or linking word. Undefined when no word fits, or when the
 * first candidate is a particle or preposition itself.
 */
function finiteVerb(words: readonly ClauseWord[], from: number, to: number): number | undefined {
  let inPhrase = false;
  for (let i = from; i < to; i++) {
    const word = words[i]!;
    if (word.number) continue;
    if (BEFORE_ATTRIBUTE.has(word.norm)) {
      inPhrase = true;
      continue;
    }
    if (word.capitalised) {
      inPhrase = false;
      continue;
    }
    if (BEFORE_VERB.has(word.norm) || inPhrase) continue;
    if (SEPARABLE_PARTICLES.has(word.norm) || !/\p{L}{2}/u.test(word.norm)) return undefined;
    return i;
  }
  return undefined;
}
