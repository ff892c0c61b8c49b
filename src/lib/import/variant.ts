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
