import { NEGATIONS } from './stopwords.ts';

/**
 * Verbs that report what someone said or wrote, by the start of their forms ("sagte", "sagten",
 * "verkündete", "teilte … mit", "zugesichert"), and "zufolge". Verbs of belief ("glauben",
 * "vermuten") are not here: an expectation is not a report of a fact.
 */
const SPEECH = [
  'sagt',
  'gesagt',
  'erklärt',
  'verkündet',
  'berichtet',
  'teilt',
  'mitgeteilt',
  'meldet',
  'gemeldet',
  'kündigt',
  'angekündigt',
  'betont',
  'bestätigt',
  'versichert',
  'sichert',
  'zugesichert',
  'hieß',
  'hiess',
  'zufolge',
  'schrieb',
  'schreibt',
  'warnt',
  'gewarnt',
  'behauptet',
  'fügt',
  'räumt',
];

/** Particles that end a frame of a separable reporting verb ("teilte … mit", "fügte … hinzu"). */
const PARTICLES = new Set(['mit', 'an', 'zu', 'hinzu', 'ein', 'bekannt']);

/** The verbs that open an attribution after what was said (", sagte Putin", ", berichtete RIA Novosti"). */
const ATTRIBUTION =
  /^(.+?),\s+((?:sagte|sagten|sagt|erklärte|erklärten|berichtete|berichtet|teilte|teilten|meldete|betonte|schrieb|warnte|fügte|hieß es|hiess es)\s[^,;:]{1,80})$/u;

/**
 * What a report states when it starts so is not a statement of its own: a question ("ob", "wie",
 * "warum") or a pronoun for the speaker ("er werde …"), whose actor the frame names.
 */
const NOT_A_STATEMENT = /^(?:ob|wie|warum|weshalb|wieso|wann|wo|was|wer|welche[mnrs]?|er|sie|wir|ich|ihr)\b/iu;

/** At most this many words in a frame before the report ("Putin verkündete russischen Nachrichtenagenturen zufolge"). */
const FRAME_WORDS = 12;

const words = (text: string) =>
  text
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .filter(Boolean);
const isSpeech = (word: string) => SPEECH.some((stem) => word.startsWith(stem));
const negated = (text: string) => words(text).some((word) => NEGATIONS.has(word));

/**
 * The content of a sentence that reports what someone said, without the frame that reports it:
 * "Putin verkündete …, dass Russland Nordkorea beim Bau von Satelliten helfen werde" → "Russland
 * Nordkorea beim Bau von Satelliten helfen werde"; "Y, berichtete RIA Novosti" → "Y". Undefined
 * for any other sentence, for a question, for a denied report ("Ich habe nie gesagt, dass …") and
 * for a report that is itself a question or speaks of its speaker as "er" or "wir".
 *
 * News reports facts as what someone said, in words that differ from report to report; the
 * frames differ most. The claim engine compares what was reported as well, where the whole
 * sentences already come near each other.
 */
export function reportedContent(sentence: string): string | undefined {
  const text = sentence.trim().replace(/[.!"“”«»]+$/u, '');
  if (text.endsWith('?')) return undefined;
  const comma = text.indexOf(', ');
  if (comma > 0) {
    const frame = text.slice(0, comma);
    const rest = text.slice(comma + 2);
    const dass = /^(?:dass|daß)\s+/u.exec(rest);
    const frameWords = words(frame);
    const last = frameWords.at(-1) ?? '';
    const reports = dass
      ? frameWords.some(isSpeech)
      : isSpeech(last) || (PARTICLES.has(last) && frameWords.some(isSpeech));
    if (reports && frameWords.length <= FRAME_WORDS && !negated(frame)) {
      const content = dass ? rest.slice(dass[0].length) : rest;
      // "Putin sagte, der Ort sei …, berichtete RIA Novosti": the report of a report.
      const attributed = ATTRIBUTION.exec(content);
      return statement(attributed && !negated(attributed[2]!) ? attributed[1]! : content);
    }
  }
  const attributed = ATTRIBUTION.exec(text);
  if (attributed && !negated(attributed[2]!)) return statement(attributed[1]!);
  return undefined;
}

function statement(content: string): string | undefined {
  const trimmed = content.trim().replace(/^[„"«»“]+/u, '');
  return trimmed === '' || NOT_A_STATEMENT.test(trimmed) ? undefined : trimmed;
}
