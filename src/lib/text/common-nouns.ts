import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { normaliseWord } from './normalise.ts';
import { CAPITALISED } from './words.ts';

/**
 * Hunspell affix flags of the German dictionary (igerman98, as the `dictionary-de` package ships
 * it) that only common nouns take: plurals ("-e", "-n", "-en", "-se", umlaut plurals), the
 * genitive "-es", feminine and diminutive forms ("-in", "-innen", "-chen"). Names take the
 * genitive "-s" and compound flags only ("Putin/S", "Nordkorea/Sm", "Kreml/Sm"), nouns such as
 * "Mann/SEPTm", "Front/Pmij" or "Kremlchef/SFm" one of these. Not "-er" (R): it makes plurals
 * ("Kinder") but also the people of a place ("London/RSm", "Londoner").
 */
const NOUN_FLAGS = /[ENPTFMpgqQ]/;

/** Plural endings by flag, so that the plural of a noun is known as well ("Zwiebeln", "Raketen"). */
const PLURALS: Readonly<Record<string, string>> = { E: 'e', N: 'n', P: 'en', q: 'se' };

let nouns: Set<string> | undefined;

/** The dictionary's common nouns and their plurals, normalised: read once, on first use. */
function commonNouns(): Set<string> {
  if (nouns) return nouns;
  // The package exports only a module that reads its files with top-level await; its
  // dictionary file lies beside it.
  const file = join(dirname(createRequire(import.meta.url).resolve('dictionary-de')), 'index.dic');
  nouns = new Set();
  const plurals: string[] = [];
  // Entries without a noun's flags, most of them names: a plural made from a flag that is also
  // one of these is the name ("Polen", the country; not "Pole/N", the people).
  const others = new Set<string>();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const slash = line.indexOf('/');
    if (slash < 2 || !CAPITALISED.test(line)) continue;
    const word = normaliseWord(line.slice(0, slash));
    const flags = line.slice(slash + 1);
    if (!NOUN_FLAGS.test(flags)) {
      // "h": a form only compounds use ("Raketen/hij" as in "Raketenstart"), no word of its own.
      if (!flags.includes('h')) others.add(word);
      continue;
    }
    nouns.add(word);
    for (const flag of flags) if (Object.hasOwn(PLURALS, flag)) plurals.push(word + PLURALS[flag]!);
  }
  for (const plural of plurals) if (!others.has(plural)) nouns.add(plural);
  return nouns;
}

/**
 * Whether a capitalised word (normalised) is a common noun of German or its plural ("Mann",
 * "Kampf", "Zwiebeln"), as the dictionary lists it; names and words it does not know are not
 * ("Putin", "Bauernmarkt"), nor nouns it lists without these flags ("Imperialismus", "Couch").
 */
export function isCommonNoun(norm: string): boolean {
  const known = commonNouns();
  // The genitive "-s" ("des Staats") is the form's only ending a name also takes.
  return known.has(norm) || (norm.endsWith('s') && known.has(norm.slice(0, -1)));
}
