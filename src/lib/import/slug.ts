/** An article's slug (its file name and address) from its title. */
import { SLUG_PATTERN } from '../content/article-rules.ts';

/** The slug rule the build applies (src/lib/content/article-rules.ts). */
export { SLUG_PATTERN };

/** A slug from a title: lower-case ASCII words joined by hyphens, umlauts spelled out. */
export function slugify(title: string): string {
  const ascii = title
    .toLowerCase()
    .replace(/ä/gu, 'ae')
    .replace(/ö/gu, 'oe')
    .replace(/ü/gu, 'ue')
    .replace(/ß/gu, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/gu, '');
  const words = ascii.split(/[^a-z0-9]+/u).filter((word) => word !== '');
  let slug = '';
  for (const word of words.slice(0, 8)) {
    if (slug.length + word.length + 1 > 60) break;
    slug = slug ? `${slug}-${word}` : word;
  }
  return slug;
}
