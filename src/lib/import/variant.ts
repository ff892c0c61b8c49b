/** The spelling variant of a text: Swiss German (guillemets, "ss" for "ß") or German. */

/** Words that Swiss German writes with "ss" where German writes "ß". */
const SWISS_SS =
  /\b(?:gross|gröss|heiss|hiess|weiss|strasse|schliess|fuss|füss|massnahm|massstab|gemäss|ausser|äusser|bloss|liess|stiess|fliess|giess|schiess|beschiess|geniess|spass|süss|grüss|reiss|schweiss|dreissig|ausschliess|anschliess)\p{L}*/giu;

/** de-CH or de-DE from the text, with a check where the text mixes both spellings. */
export function detectVariant(text: string, checks: string[]): 'de-DE' | 'de-CH' {
  const guillemets = /[«»]/u.test(text);
  const swiss = text.match(SWISS_SS)?.length ?? 0;
  const eszett = text.match(/ß/gu)?.length ?? 0;
  if (guillemets) return 'de-CH';
  if (swiss > 0 && swiss >= eszett) {
    if (eszett > 0)
      checks.push(
        `variant: the text writes "ss" for "ß" ${swiss} times but also uses "ß" ${eszett} times; de-CH chosen. Check it.`,
      );
    return 'de-CH';
  }
  if (swiss > 0)
    checks.push(`variant: the text uses "ß" but also writes "ss" for "ß" ${swiss} times; de-DE chosen. Check it.`);
  return 'de-DE';
}

/** Frequent German words that English text lacks, and the other way round (none is in both). */
const GERMAN_WORDS = new Set([
  'der',
  'die',
  'das',
  'und',
  'ist',
  'nicht',
  'mit',
  'den',
  'von',
  'sich',
  'auf',
  'ein',
  'eine',
  'dem',
  'des',
  'zu',
  'für',
  'wird',
  'hat',
  'auch',
]);
const ENGLISH_WORDS = new Set([
  'the',
  'and',
  'of',
  'to',
  'is',
  'that',
  'with',
  'for',
  'on',
  'was',
  'are',
  'his',
  'has',
  'have',
  'this',
  'from',
  'by',
  'be',
  'not',
  'it',
]);

/** Function words of either language a text must hold before its language is judged. */
const LANGUAGE_EVIDENCE = 10;

/**
 * Adds a check when the text reads as English rather than German (more English function words
 * than German ones, among at least ten): the claim engine reads German, and an English page
 * imported by mistake would build as an outlet that shares nothing.
 */
export function checkLanguage(text: string, checks: string[]): void {
  let german = 0;
  let english = 0;
  for (const word of text.toLowerCase().match(/\p{L}+/gu) ?? []) {
    if (GERMAN_WORDS.has(word)) german++;
    else if (ENGLISH_WORDS.has(word)) english++;
  }
  if (german + english >= LANGUAGE_EVIDENCE && english > german) {
    checks.push(
      `language: the text reads as English (${english} English function words such as "the", "and" against ${german} German ones); Synopse compares German articles. Check that this is the page you meant.`,
    );
  }
}
