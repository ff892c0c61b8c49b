/** Words as a reader counts them: runs of letters or digits, with inner hyphens and dots ("Kim-Il-Sung", "1.000"). */
const WORD = /[\p{L}\p{N}]+(?:[-.'’][\p{L}\p{N}]+)*/gu;

/** Counts the words of a text. */
export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** A word written with a capital: in German a noun or a name (or the first word of a sentence). */
export const CAPITALISED = /^\p{Lu}/u;
