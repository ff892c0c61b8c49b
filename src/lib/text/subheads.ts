/**
 * When a line of plain text is a subhead. Real news arrives as lines without markup, and about
 * half of the lines handed around on their own (headlines, teasers, captions) have no final full
 * stop: they still state a fact. A line is a subhead only when it names a topic: short, no finite
 * verb, and with body text after it.
 */

/** Words at most in a line that can be a subhead. */
export const SUBHEAD_WORDS = 12;

/** Punctuation that ends a sentence (or a quotation, or introduces one). */
const SENTENCE_END = /[.!?:"“”»«…]\s*$/u;

/** Finite forms of auxiliaries and modals: they may also open a line ("Ist das der Anfang?"). */
const AUXILIARIES = new Set(
  [
    'ist sind war waren bin bist seid wäre wären sei seien',
    'hat haben hatte hatten hätte hätten habe',
    'wird werden wurde wurden würde würden',
    'kann können konnte konnten könnte könnten',
    'muss müssen musste mussten müsste',
    'soll sollen sollte sollten will wollen wollte wollten',
    'darf dürfen durfte durften mag möchte möchten gibt gab',
  ]
    .join(' ')
    .split(' '),
);

/**
 * Finite forms of the strong verbs that news uses most, which no ending rule catches. Capitalised
 * they are nouns ("Stand", "Fall"), so they count only in lower case.
 */
const STRONG_FORMS = new Set(
  [
    'gaben geht ging gingen kommt kam kamen steht stand standen liegt lag lagen',
    'bleibt blieb blieben fällt fiel fielen trifft traf trafen nimmt nahm nahmen hält hielt',
    'lässt ließ ließen sieht sah sahen gilt galt spricht sprach bricht brach stirbt starb',
    'wirft warf zieht zog zogen schießt schoss fliegt flog flieht floh tritt trat läuft lief',
    'bringt brachte denkt dachte weiß wusste nennt nannte kennt kannte rennt rannte',
    'beginnt begann beginnen gewinnt gewann verliert verlor schlägt schlug fährt fuhr',
  ]
    .join(' ')
    .split(' '),
);

/**
 * Lower-case words ending like a finite verb that are not verbs: adverbs, prepositions and
 * conjunctions that end in -t or -te.
 */
const NOT_VERBS = new Set(
  [
    'nicht jetzt erst zuerst zuletzt meist selbst bereits seit mit bist laut weit fast sonst',
    'mitte heute gut rechts links statt samt nebst längst höchst just zunächst spät oft',
    'erneut etwa bisher mehr sehr hinter unter unweit inmitten zumindest mindestens weltweit',
    'halt gerade beste erste letzte nächste zweite dritte vierte fünfte meiste',
  ]
    .join(' ')
    .split(' '),
);

/**
 * Whether a line contains a finite verb, by German spelling: nouns are capitalised, so a finite
 * verb is a known finite form, or a lower-case word (after the first) that ends like one
 * (-t, -te; -en before "sich"). Errs towards "yes": taking a subhead for a sentence costs a comparison,
 * taking a sentence for a subhead loses a fact.
 */
export function hasFiniteVerb(line: string): boolean {
  const words = line.match(/\p{L}[\p{L}-]*/gu) ?? [];
  return words.some((word, index) => {
    const lower = word.toLowerCase();
    if (AUXILIARIES.has(lower)) return index === 0 || word === lower;
    if (STRONG_FORMS.has(word)) return true;
    if (index === 0 || word !== lower || word.length < 4 || NOT_VERBS.has(word)) return false;
    // -t, -te: "zeigt", "droht", "sagte"; -en before "sich": "treffen sich".
    return /(?:t|te)$/u.test(word) || (/en$/u.test(word) && words[index + 1] === 'sich');
  });
}

/**
 * Whether a plain-text line is a subhead: it does not end like a sentence, is short, has no
 * finite verb, and body text follows (`next`, the following non-empty line, ends like a sentence
 * or is longer than a subhead can be). A first line, a last line and a line of a one-line
 * document are never subheads: a headline or a teaser states a fact.
 */
export function isSubhead(line: string, next: string | undefined, first: boolean): boolean {
  if (first || next === undefined) return false;
  if (SENTENCE_END.test(line) || line.split(/\s+/u).length > SUBHEAD_WORDS || hasFiniteVerb(line)) return false;
  return SENTENCE_END.test(next) || next.split(/\s+/u).length > SUBHEAD_WORDS;
}
