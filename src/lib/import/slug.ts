/** An article's slug (its file name and address) from its title. */
import { SLUG_PATTERN, slugWords } from '../content/article-rules.ts';

/** The slug rule the build applies (src/lib/content/article-rules.ts). */
export { SLUG_PATTERN };

/**
 * A slug from a title: its words (`slugWords`, the rule the loader suggests file names by),
 * joined by hyphens, at most eight of them and 60 characters, so addresses stay readable.
 */
export function slugify(title: string): string {
  const words = slugWords(title);
  let slug = '';
  for (const word of words.slice(0, 8)) {
    if (slug.length + word.length + 1 > 60) break;
    slug = slug ? `${slug}-${word}` : word;
  }
  return slug;
}
