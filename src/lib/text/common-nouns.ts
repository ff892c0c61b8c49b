import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { normaliseWord } from './normalise.ts';

/**
 * Hunspell affix flags of the German dictionary (igerman98, as the `dictionary-de` package ships
 * it) that only common nouns take: plurals ("-e", "-n", "-en", "-er", "-se", umlaut plurals), the
 * genitive "-es", feminine and diminutive forms ("-in", "-innen", "-chen"). Names take the
 * genitive "-s" and compound flags only ("Putin/S", "Nordkorea/Sm", "Kreml/Sm"), nouns such as
 * "Mann/SEPTm", "Front/Pmij" or "Kremlchef/SFm" one of these.
 */
const NOUN_FLAGS = /[ENPRTFMpgqQ]/;

let nouns: Set<string> | undefined;

/** The dictionary's common nouns, normalised: read once, on first use (about 20,000 words). */
function commonNouns(): Set<string> {
  if (nouns) return nouns;
  // The package exports only a module that reads its files with top-level await; its
  // dictionary file lies beside it.
  const file = join(dirname(createRequire(import.meta.url).resolve('dictionary-de')), 'index.dic');
  nouns = new Set();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const slash = line.indexOf('/');
    if (slash < 2 || !/^\p{Lu}/u.test(line) || !NOUN_FLAGS.test(line.slice(slash + 1))) continue;
    nouns.add(normaliseWord(line.slice(0, slash)));
  }
  return nouns;
}

/**
 * Whether a capitalised word is a common noun of German ("Mann", "Kampf", "Imperialismus" is
 * not), as the dictionary lists it; names and words it does not know are not.
 */
export function isCommonNoun(norm: string): boolean {
  const known = commonNouns();
  // The genitive "-s" ("des Staats") is the form's only ending a name also takes.
  return known.has(norm) || (norm.endsWith('s') && known.has(norm.slice(0, -1)));
}
