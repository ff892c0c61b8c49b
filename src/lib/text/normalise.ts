/**
 * Lower-cases and folds spelling variants that do not change meaning: compatibility forms
 * (NFKC, so "km²" reads "km2"), "ß" as "ss" (Swiss spelling), typographic or straight
 * apostrophes, and soft hyphens (U+00AD), which news sites put into long words to break them
 * on narrow screens: "abge\u00ADschotteten" is "abgeschotteten".
 */
export function normaliseWord(word: string): string {
  return word
    .normalize('NFKC')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/[’'\u00AD]/g, '');
}

/**
 * Folds spellings that differ only by transliteration: German and English renderings of
 * Russian and Korean names ("Nowosti"/"Novosti", "Wostotschny"/"Vostochny", "Jong-un"/"Jong Un").
 */
export function foldTransliteration(stem: string): string {
  return stem.replace(/tsch/g, 'ch').replace(/sch/g, 'sh').replace(/w/g, 'v').replace(/ph/g, 'f').replace(/ck/g, 'k');
}
