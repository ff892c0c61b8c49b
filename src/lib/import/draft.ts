/**
 * Drafting an article from a seed: the frontmatter fields the text supports, the Markdown body,
 * and a list of what the importer could not decide. Pure functions: reading and writing files is
 * the CLI's job (scripts/add-article.ts).
 */
import type { Agency } from '../content/vocabulary.ts';
import { creditAgencies, findCredit } from './credit.ts';
import { escapeMarkdown } from './markdown-escape.ts';
import type { PageOrigin } from './outlet.ts';
import type { Seed } from './seed.ts';
import { findPublished, type Published } from './stated-date.ts';
import { checkLanguage, detectVariant } from './variant.ts';

/** A draft article: frontmatter fields, Markdown body and what must be checked by hand. */
export interface Draft {
  title: string;
  titleSource: 'source' | 'editorial';
  kicker?: string | undefined;
  lead?: string | undefined;
  event?: string | undefined;
  published?: Published | undefined;
  agencies: Agency[];
  credit?: string | undefined;
  variant: 'de-DE' | 'de-CH';
  source: string;
  removed: { text: string; reason: string }[];
  origin?: PageOrigin | undefined;
  body: string;
  /** What the importer could not decide, one sentence each. */
  checks: string[];
}

const WORD = /[\p{L}\p{N}]+/gu;
const wordCount = (text: string): number => text.match(WORD)?.length ?? 0;
/** The last character that is not a closing quote or bracket. */
const finalMark = (text: string): string => text.replace(/["“”»«'’)\]\s]+$/u, '').slice(-1);

/** A line that reads like a headline: not too long, not ending like a sentence. */
function headlineLike(text: string): boolean {
  const count = wordCount(text);
  return count >= 1 && count <= 25 && !/[.…:;,]/u.test(finalMark(text));
}

/** A line inside the body that reads like a subhead. */
function subheadLike(text: string): boolean {
  const count = wordCount(text);
  if (count < 1) return false;
  if (finalMark(text) === ':') return count <= 4;
  return count <= 12 && !/[.!?…;,]/u.test(finalMark(text));
}

/** The first sentence of a text, shortened to a title-sized proposal. */
function proposeTitle(text: string): string {
  const sentence = /^.*?[.!?](?=\s|$)/u.exec(text)?.[0] ?? text;
  const words = sentence.replace(/[.!?]$/u, '').split(/\s+/u);
  return words.length <= 14 ? words.join(' ') : `${words.slice(0, 10).join(' ')} …`;
}

/**
 * How much of a page was set aside as debris, for messages: the lines, and the texts `removed`
 * lists when they are fewer. `removed` holds each text once, so a share bar repeated on 20,000
 * lines is one entry; counting entries said "1 line" of a page that was nothing but debris.
 */
export function describeDebris(seed: Seed, removed: readonly { text: string; reason: string }[]): string {
  const lines = seed.lines.filter((line) => line.debris.length > 0).length;
  const nonEmpty = seed.lines.filter((line) => line.text !== '' || line.debris.length > 0).length;
  const reasons = [...new Set(removed.map((entry) => entry.reason))].join(', ');
  const share = lines === nonEmpty ? `all ${lines}` : `${lines} of ${nonEmpty}`;
  const listed =
    removed.length === lines
      ? ''
      : `; removed lists each different text once: ${removed.length} ${removed.length === 1 ? 'entry' : 'entries'}`;
  return `${share} non-empty ${nonEmpty === 1 ? 'line is' : 'lines are'} page debris (${reasons})${listed}`;
}

/**
 * Drafts an article from a seed: title, kicker and lead where the text makes them evident, the
 * credit line and the agencies it names, the spelling variant, a publication date only where the
 * text states one, the debris as `removed`, and the rest as the Markdown body.
 */
export function draftArticle(seed: Seed, options: { source: string; event?: string | undefined }): Draft {
  const checks = [...seed.checks];
  const removed: Draft['removed'] = [];
  for (const line of seed.lines) {
    for (const piece of line.debris) {
      if (!removed.some((r) => r.text === piece.text)) removed.push({ ...piece });
    }
  }
  const items = seed.lines.filter((line) => line.text !== '').map((line) => ({ ...line }));
  const markdown = seed.format === 'markdown';
  const plain = (text: string): string => (markdown ? text.replace(/^#{1,6}\s+|^>\s?/u, '') : text);

  // Credit: the last line of article text, or the end of it.
  let credit: string | undefined;
  let agencies: Agency[] = [];
  const last = items.at(-1);
  const found = last ? findCredit(last.text) : undefined;
  if (last && found) {
    credit = found.credit;
    if (found.rest === '') items.pop();
    else last.text = found.rest;
    const named = creditAgencies(credit);
    agencies = named.agencies;
    const unknown = named.unknown;
    if (unknown.length > 0) {
      checks.push(
        `agencies: the credit line ${credit} names ${unknown.join(', ')}, which is not in AGENCIES (src/lib/content/vocabulary.ts). If it is a news agency, add it there and here.`,
      );
    }
  } else checks.push('credit: no credit line such as "(dpa/afp/fte)" found; agencies left empty. Check the source.');

  // Title and kicker.
  let title: string;
  let titleSource: Draft['titleSource'] = 'source';
  let kicker: string | undefined;
  const marked = items.findIndex((item) => item.role === 'title');
  const markedKicker = items.findIndex((item) => item.role === 'kicker');
  if (markedKicker >= 0 && (marked < 0 || markedKicker < marked + 2)) {
    kicker = plain(items[markedKicker]!.text);
    items.splice(markedKicker, 1);
  }
  const titleAt = items.findIndex((item) => item.role === 'title');
  const first = items[0];
  if (titleAt >= 0) {
    title = plain(items[titleAt]!.text);
    items.splice(titleAt, 1);
  } else if (first && !first.role && headlineLike(first.text) && items.length > 1) {
    title = first.text;
    items.shift();
    const split = /^(.+?\?)\s+(.+)$/u.exec(title);
    const next = items[0];
    if (!kicker && split && wordCount(split[1]!) >= 2 && wordCount(split[2]!) >= 3) {
      kicker = split[1]!;
      title = split[2]!;
      checks.push(`kicker: "${kicker}" was split off the first line as the kicker. Check it.`);
    } else if (
      !kicker &&
      next &&
      wordCount(title) <= 5 &&
      !title.endsWith(':') &&
      headlineLike(next.text) &&
      !next.text.endsWith(':') &&
      items.length > 1
    ) {
      kicker = title;
      title = next.text;
      items.shift();
      checks.push(`kicker: the short first line "${kicker}" was taken as the kicker above the title. Check it.`);
    }
  } else {
    title = proposeTitle(first ? plain(first.text) : '');
    titleSource = 'editorial';
    checks.push(
      `title: the text has no headline; "${title}" is a proposal from the first sentence. Write the title (titleSource: editorial).`,
    );
  }

  // Lead: marked by the page, or a first paragraph that page furniture separates from the body.
  let lead: string | undefined;
  const leadAt = items.findIndex((item) => item.role === 'lead');
  if (leadAt >= 0 && leadAt <= 1) {
    lead = plain(items[leadAt]!.text);
    items.splice(leadAt, 1);
  } else if (items.length > 1 && !items[0]!.role && !subheadLike(items[0]!.text)) {
    const at = seed.lines.findIndex((line) => line.line === items[0]!.line);
    const next = seed.lines.slice(at + 1).find((line) => line.text !== '' || line.debris.length > 0);
    if (next && next.text === '' && next.debris.length > 0 && items[0]!.debris.length === 0) {
      lead = items.shift()!.text;
      checks.push(
        `lead: the first paragraph is set apart from the body by page debris ("${next.debris[0]!.text}"), so it is taken as the lead. Check it.`,
      );
    }
  }

  // Body: one block per line.
  const blocks = items.map((item, index) => {
    if (markdown) return item.text;
    const text = escapeMarkdown(item.text);
    if (item.role === 'heading' || (seed.format === 'text' && index < items.length - 1 && subheadLike(item.text))) {
      return `## ${text}`;
    }
    if (item.role === 'quote') return `> ${text}`;
    return text;
  });
  const body = blocks.join('\n\n');

  const pageText = seed.lines.map((line) => line.text).join('\n');
  checkLanguage(pageText, checks);
  const variant = detectVariant(pageText, checks);
  const published = findPublished(seed, checks, credit);
  if (!published)
    checks.push('published: the text states no publication date. Fill in published (date, precision, basis) by hand.');
  if (!options.event) checks.push('event: no --event given. Fill in the event by hand.');
  if (removed.length > 0) checks.push(`removed: ${describeDebris(seed, removed)}. Check that none is article text.`);
  return {
    title,
    titleSource,
    kicker,
    // The lead is rendered as Markdown like the body.
    lead: lead === undefined || markdown ? lead : escapeMarkdown(lead),
    event: options.event,
    published,
    agencies,
    credit,
    variant,
    source: options.source,
    removed,
    origin: seed.origin,
    body,
    checks,
  };
}
