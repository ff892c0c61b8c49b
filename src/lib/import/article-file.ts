/** The article file an import writes: YAML frontmatter in the order of the existing articles, then the body. */
import { stringify } from 'yaml';
import type { Draft } from './draft.ts';
import type { PageOrigin } from './outlet.ts';

const YAML_OPTIONS = { defaultStringType: 'QUOTE_SINGLE', defaultKeyType: 'PLAIN', lineWidth: 0 } as const;
const field = (key: string, value: unknown): string => stringify({ [key]: value }, YAML_OPTIONS);
/** Enum-like values (`source`, `de-CH`, an event id, a file name) read best unquoted, as in the existing articles. */
const plainField = (key: string, value: string): string =>
  stringify({ [key]: value }, { ...YAML_OPTIONS, defaultStringType: 'PLAIN' });

/** `outlet` and `url` where the page states them, a comment saying what to fill in otherwise. */
function renderOrigin(origin: PageOrigin | undefined): string {
  const outlet = origin?.outlet
    ? `outlet:\n  ${field('name', origin.outlet.name)}  basis: ${origin.outlet.basis}\n`
    : `# outlet: TO FILL IN where the page names it, else leave out (pages say "Medium unbekannt")\n#   name: 'Zeitung'\n#   basis: footer # og:site_name | title | address | footer | text\n`;
  const url = origin?.url
    ? field('url', origin.url)
    : `# url: TO FILL IN – the article's https:// address, where known\n`;
  return outlet + url;
}

/**
 * The article file: YAML frontmatter in the order of the existing articles, then the body. A
 * field the text does not support is written as a comment that says what to fill in, so the
 * build fails on it until someone has decided.
 */
export function renderArticle(
  draft: Draft,
  hints: { events: readonly string[]; eventDate?: string | undefined },
): string {
  const parts: string[] = [field('title', draft.title), plainField('titleSource', draft.titleSource)];
  if (draft.kicker) parts.push(field('kicker', draft.kicker));
  if (draft.lead) parts.push(field('lead', draft.lead));
  parts.push(
    draft.event ? plainField('event', draft.event) : `# event: TO FILL IN – one of: ${hints.events.join(', ')}\n`,
  );
  parts.push(
    draft.published
      ? `published:\n  date: '${draft.published.date}'\n  precision: ${draft.published.precision}\n  ${field('basis', draft.published.basis)}`
      : `# published: TO FILL IN – the text states no date.${hints.eventDate ? ` The event began on ${hints.eventDate}.` : ''}\n` +
          `#   date: 'YYYY-MM-DD'\n#   precision: day\n#   basis: 'Warum dieses Datum.'\n`,
  );
  parts.push(`agencies: [${draft.agencies.join(', ')}]\n`);
  if (draft.credit) parts.push(field('credit', draft.credit));
  parts.push(plainField('variant', draft.variant), plainField('source', draft.source));
  parts.push(renderOrigin(draft.origin));
  parts.push(draft.removed.length > 0 ? field('removed', draft.removed) : 'removed: []\n');
  return `---\n${parts.join('')}---\n\n${draft.body}\n`;
}
