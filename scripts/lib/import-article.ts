/**
 * Turning a raw page (plain text, Markdown or HTML) into a draft article: the seed text every
 * line of the article must be found in, the frontmatter fields the text supports, and a list of
 * what the importer could not decide. Pure functions: reading and writing files is the CLI's job
 * (scripts/add-article.ts).
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { toText } from 'hast-util-to-text';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { stringify } from 'yaml';
import { AGENCIES, isValidPartialDate, type Agency, type DatePrecision } from '../../src/lib/content/vocabulary.ts';
import { DEBRIS_REASONS, detectDebris } from '../../src/lib/text/debris.ts';
import { SLUG_PATTERN } from '../../src/lib/content/article-rules.ts';
import { LIMITS } from '../../src/lib/content/limits.ts';
import { pageOrigin, type PageOrigin } from './outlet.ts';

/** What the page's markup says a line is (HTML and Markdown only). */
export type LineRole = 'title' | 'kicker' | 'lead' | 'heading' | 'quote';

/** One line of the seed with what the importer knows about it. */
export interface SeedLine {
  /** 1-based line number in the seed text. */
  line: number;
  /** The article text of the line, trimmed; empty when the whole line is debris or blank. */
  text: string;
  /** Debris on the line (the whole line, or its end), verbatim with the reason. */
  debris: { text: string; reason: string }[];
  role?: LineRole | undefined;
}

/** The text an article is checked against, split into lines. */
export interface Seed {
  /** The text every line of the article must be found in: the raw file, or the text of an HTML page. */
  text: string;
  lines: SeedLine[];
  /** `markdown`: lines are Markdown already and are copied as they are; otherwise they are escaped. */
  format: 'text' | 'markdown' | 'html';
  /** A publication date from the page's metadata (HTML). */
  metaDate?: { date: string; basis: string } | undefined;
  /** The outlet and address the page states about itself (HTML; scripts/lib/outlet.ts). */
  origin?: PageOrigin | undefined;
  /** Things the reading itself could not settle. */
  checks: string[];
}

// ---------------------------------------------------------------- plain text and Markdown

/** Splits a text into seed lines, with the debris the detector finds on each. */
export function seedFromText(text: string, format: 'text' | 'markdown'): Seed {
  const report = detectDebris(text);
  const keptLines = report.kept.split('\n');
  const lines: SeedLine[] = keptLines.map((kept, index) => ({
    line: index + 1,
    text: kept.replace(/\r$/, '').trim(),
    debris: report.lines.filter((d) => d.line === index + 1).map(({ text, reason }) => ({ text, reason })),
  }));
  if (format === 'markdown') {
    let titled = false;
    for (const line of lines) {
      if (/^#\s+\S/u.test(line.text) && !titled) {
        line.role = 'title';
        titled = true;
      } else if (/^#{2,6}\s+\S/u.test(line.text)) line.role = 'heading';
      else if (/^>\s?/u.test(line.text)) line.role = 'quote';
    }
  }
  return { text, lines, format, checks: [] };
}

// ---------------------------------------------------------------- HTML

const SKIP = new Set(['script', 'style', 'noscript', 'template', 'svg', 'iframe', 'object', 'head', 'select', 'img']);
const BLOCK = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'dd',
  'details',
  'dialog',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

/** Class and id words that mark page furniture, with the reason recorded in `removed`. */
const CLASS_REGIONS: [RegExp, string][] = [
  [/^(?:share|sharing|social|teilen|sharebar|socialbar)$/, DEBRIS_REASONS.share],
  [/^(?:comment|comments|kommentar|kommentare|respond|disqus)$/, DEBRIS_REASONS.comments],
  [/^newsletter$/, DEBRIS_REASONS.newsletter],
  [/^(?:ad|ads|advert|advertisement|anzeige|werbung|sponsored|promo)$/, DEBRIS_REASONS.advert],
  [/^(?:breadcrumb|breadcrumbs|menu|navigation|nav)$/, 'Navigation'],
  [/^(?:related|recommended|empfehlungen|empfehlung|recirculation)$/, 'Weitere Artikel (Navigation)'],
  [/^(?:cookie|cookies|consent)$/, 'Cookie-Hinweis'],
];
const KICKER_CLASS = /^(?:kicker|dachzeile|overline|topline|eyebrow|roofline|spitzmarke)$/;
const LEAD_CLASS = /^(?:lead|teaser|intro|standfirst|summary|abstract|vorspann|excerpt|subtitle)$/;

interface HtmlContext {
  region?: string | undefined;
  role?: LineRole | undefined;
  inArticle: boolean;
}

interface HtmlLine {
  text: string;
  region?: string | undefined;
  role?: LineRole | undefined;
}

function classWords(element: Element): string[] {
  const names = [
    ...(Array.isArray(element.properties.className) ? element.properties.className.map(String) : []),
    ...(typeof element.properties.id === 'string' ? [element.properties.id] : []),
  ].map((name) => name.toLowerCase());
  return [...names, ...names.flatMap((name) => name.split(/[-_]+/))];
}

const isElement = (node: RootContent | ElementContent): node is Element => node.type === 'element';

function containsBlock(element: Element): boolean {
  return element.children.some((child) => isElement(child) && (BLOCK.has(child.tagName) || containsBlock(child)));
}

function contains(element: Element, tag: string): boolean {
  return element.children.some((child) => isElement(child) && (child.tagName === tag || contains(child, tag)));
}

function findElement(node: Root | Element, test: (element: Element) => boolean): Element | undefined {
  for (const child of node.children) {
    if (!isElement(child)) continue;
    if (test(child)) return child;
    const found = findElement(child, test);
    if (found) return found;
  }
  return undefined;
}

function contextFor(element: Element, outer: HtmlContext): HtmlContext {
  const tag = element.tagName;
  const words = classWords(element);
  const inArticle =
    outer.inArticle ||
    tag === 'article' ||
    tag === 'main' ||
    element.properties.role === 'main' ||
    words.includes('articlebody');
  // The outermost furniture wins (a button inside a comment form is part of the form), except
  // that a named part of the page header or footer (its navigation, its share row) keeps its name.
  let own: string | undefined;
  for (const [pattern, reason] of CLASS_REGIONS) if (words.some((word) => pattern.test(word))) own ??= reason;
  if (tag === 'nav') own ??= 'Navigation';
  else if (tag === 'aside') own ??= 'Randspalte';
  else if (tag === 'form') own ??= 'Formular';
  else if (tag === 'button') own ??= 'Schaltfläche';
  else if (tag === 'figure' || tag === 'figcaption') own ??= 'Bildunterschrift';
  else if (tag === 'footer' && !outer.inArticle) own ??= 'Seitenfuß';
  else if (tag === 'header' && !outer.inArticle && !contains(element, 'h1')) own ??= 'Seitenkopf';
  const generic = outer.region === 'Seitenkopf' || outer.region === 'Seitenfuß';
  const region = outer.region && !(generic && own) ? outer.region : own;
  let role = outer.role;
  if (tag === 'h1') role = 'title';
  else if (/^h[2-6]$/.test(tag)) role = 'heading';
  else if (tag === 'blockquote') role = 'quote';
  else if (words.some((word) => KICKER_CLASS.test(word))) role = 'kicker';
  else if (words.some((word) => LEAD_CLASS.test(word))) role = 'lead';
  return { region, role, inArticle };
}

/** The text lines of an HTML element tree in reading order, with the region and role of each. */
function htmlLines(body: Element): HtmlLine[] {
  const out: HtmlLine[] = [];
  const emit = (node: Element, context: HtmlContext): void => {
    for (const piece of toText(node).split('\n')) {
      const text = piece.replace(/\s+/gu, ' ').trim();
      if (text !== '') out.push({ text, region: context.region, role: context.role });
    }
  };
  const visitChildren = (children: readonly ElementContent[], context: HtmlContext): void => {
    // Text directly inside a container (between its blocks) is kept as lines of its own, so no
    // words are lost to markup that mixes text and blocks.
    let run: ElementContent[] = [];
    const flush = (): void => {
      if (run.length > 0) emit({ type: 'element', tagName: 'span', properties: {}, children: run }, context);
      run = [];
    };
    for (const child of children) {
      if (child.type === 'text') run.push(child);
      else if (isElement(child)) {
        if (SKIP.has(child.tagName)) continue;
        if (BLOCK.has(child.tagName) || containsBlock(child)) {
          flush();
          visitElement(child, context);
        } else if (
          child.tagName === 'button' ||
          classWords(child).some((w) => CLASS_REGIONS.some(([p]) => p.test(w)))
        ) {
          // An inline share button or ad label is page furniture even inside a paragraph's container.
          flush();
          emit(child, contextFor(child, context));
        } else run.push(child);
      }
    }
    flush();
  };
  const visitElement = (element: Element, outer: HtmlContext): void => {
    const context = contextFor(element, outer);
    if (containsBlock(element)) visitChildren(element.children, context);
    else emit(element, context);
  };
  visitChildren(body.children, { inArticle: false });
  return out;
}

const META_DATE_NAMES = [
  'article:published_time',
  'datepublished',
  'date',
  'pubdate',
  'publishdate',
  'publish-date',
  'dc.date',
  'dc.date.issued',
  'parsely-pub-date',
];

function metaDate(tree: Root): Seed['metaDate'] {
  const meta = findElement(tree, (element) => {
    if (element.tagName !== 'meta') return false;
    const name = String(element.properties.property ?? element.properties.name ?? element.properties.itemProp ?? '');
    return META_DATE_NAMES.includes(name.toLowerCase()) && typeof element.properties.content === 'string';
  });
  const time = findElement(
    tree,
    (element) => element.tagName === 'time' && typeof element.properties.dateTime === 'string',
  );
  const candidates: [string, string][] = [];
  if (meta) {
    const name = String(meta.properties.property ?? meta.properties.name ?? meta.properties.itemProp);
    const attribute = meta.properties.property ? 'property' : meta.properties.name ? 'name' : 'itemprop';
    candidates.push([
      String(meta.properties.content),
      `<meta ${attribute}="${name}" content="${String(meta.properties.content)}">`,
    ]);
  }
  if (time)
    candidates.push([String(time.properties.dateTime), `<time datetime="${String(time.properties.dateTime)}">`]);
  for (const [value, where] of candidates) {
    const match = /^(\d{4}-\d{2}-\d{2})/.exec(value.trim());
    if (match && isValidPartialDate(match[1]!, 'day')) {
      return { date: match[1]!, basis: `Veröffentlichungsdatum in den Metadaten der Seite: ${where}.` };
    }
  }
  return undefined;
}

/** A page the importer refuses to read, with the line and the fix. */
export class ImportLimitError extends Error {
  override name = 'ImportLimitError';
}

/** Elements that never hold others (void) or whose end tag the parser implies (`<p>`, `<li>`). */
const UNNESTED = new Set(
  'area base br col embed hr img input link meta source track wbr p li dt dd option tr td th'.split(' '),
);

/**
 * Refuses a page whose elements nest deeper than any news page, before parsing it: the HTML
 * parser's tree conversion recurses, and 20,000 nested <div> overflowed its stack. The depth is
 * estimated from the tags (script and style contents and comments skipped; elements whose end
 * the parser implies not counted).
 */
function checkHtmlNesting(html: string): void {
  const tags = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*?(\/?)>/g;
  const lower = html.toLowerCase();
  let depth = 0;
  for (let match = tags.exec(html); match; match = tags.exec(html)) {
    const [, closing, rawName, selfClosing] = match;
    if (rawName === undefined) continue;
    const name = rawName.toLowerCase();
    if (UNNESTED.has(name) || selfClosing === '/') continue;
    if (closing === '/') {
      depth = Math.max(0, depth - 1);
      continue;
    }
    depth++;
    if (depth > LIMITS.htmlNestingDepth) {
      const line = html.slice(0, match.index).split('\n').length;
      throw new ImportLimitError(
        `line ${line}: elements nest more than ${LIMITS.htmlNestingDepth} levels deep; a news page nests some 30 to 60. Save the article's text as a .txt file and import that.`,
      );
    }
    if (name === 'script' || name === 'style' || name === 'textarea') {
      const end = lower.indexOf(`</${name}`, tags.lastIndex);
      tags.lastIndex = end === -1 ? html.length : end;
    }
  }
}

/**
 * Reads an HTML page with a real HTML parser. The seed is the page's text, one block per line
 * (blank lines between); navigation, header and footer of the page, sidebars, forms, buttons and
 * figure captions are recorded as debris by the element they come from, the rest goes through the
 * line rules of the debris detector.
 */
export function seedFromHtml(html: string): Seed {
  checkHtmlNesting(html);
  const tree = unified().use(rehypeParse).parse(html);
  const checks: string[] = [];
  const body = findElement(tree, (element) => element.tagName === 'body');
  const lines: HtmlLine[] = body ? htmlLines(body) : [];
  let fromTitleTag = false;
  if (!lines.some((line) => line.role === 'title')) {
    const title = findElement(tree, (element) => element.tagName === 'title');
    const text = title ? toText(title).replace(/\s+/gu, ' ').trim() : '';
    if (text !== '') {
      lines.unshift({ text, role: 'title' });
      fromTitleTag = true;
      checks.push(`title: the page has no <h1>; the title comes from <title> ("${text}"). Check it.`);
    }
  }
  const text = lines.map((line) => line.text).join('\n\n') + '\n';
  const seed = seedFromText(text, 'text');
  // Lines were joined with blank lines between them: page line i is seed line 2i + 1.
  const content = seed.lines.filter((_, index) => index % 2 === 0);
  lines.forEach((source, index) => {
    const line = content[index]!;
    line.role = source.role;
    if (source.region) {
      line.text = '';
      line.debris = [{ text: source.text, reason: source.region }];
    }
  });
  // A <title> usually ends in the site's name ("Putin trifft Kim | Zeitung"): that part is debris.
  const first = content[0];
  const suffix = first && fromTitleTag ? /\s+([|–—-]\s+[^|–—]{1,40})$/u.exec(first.text) : null;
  if (first && suffix) {
    first.text = first.text.slice(0, suffix.index).trim();
    first.debris.push({ text: suffix[1]!, reason: 'Name der Website im Seitentitel' });
  }
  return { text, lines: seed.lines, format: 'html', metaDate: metaDate(tree), origin: pageOrigin(html), checks };
}

// ---------------------------------------------------------------- the draft

/** A draft article: frontmatter fields, Markdown body and what must be checked by hand. */
export interface Draft {
  title: string;
  titleSource: 'source' | 'editorial';
  kicker?: string | undefined;
  lead?: string | undefined;
  event?: string | undefined;
  published?: { date: string; precision: DatePrecision; basis: string } | undefined;
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

const AGENCY_BY_NAME = new Map<string, Agency>(AGENCIES.map((agency) => [agency.toLowerCase(), agency]));
const CREDIT_LINE = /^\((\p{L}{1,15}(?:\s*\/\s*\p{L}{1,15}){0,5})\)$/u;
const CREDIT_END = /\s\((\p{L}{1,15}(?:\s*\/\s*\p{L}{1,15}){0,5})\)$/u;

/** The credit at the end of the text: "(AFP)" on a line of its own or "(dpa/afp/fte)" after the last sentence. */
function findCredit(text: string): { credit: string; rest: string } | undefined {
  const whole = CREDIT_LINE.exec(text);
  if (whole) return { credit: text, rest: '' };
  const end = CREDIT_END.exec(text);
  if (!end) return undefined;
  const parts = end[1]!.split('/').map((part) => part.trim().toLowerCase());
  // A parenthesis ending a sentence is only a credit when it names an agency or lists initials.
  if (!parts.some((part) => AGENCY_BY_NAME.has(part)) && parts.length < 2) return undefined;
  return { credit: end[0].trim(), rest: text.slice(0, end.index).trimEnd() };
}

/** Words that Swiss German writes with "ss" where German writes "ß". */
const SWISS_SS =
  /\b(?:gross|gröss|heiss|hiess|weiss|strasse|schliess|fuss|füss|massnahm|massstab|gemäss|ausser|äusser|bloss|liess|stiess|fliess|giess|schiess|beschiess|geniess|spass|süss|grüss|reiss|schweiss|dreissig|ausschliess|anschliess)\p{L}*/giu;

function detectVariant(text: string, checks: string[]): 'de-DE' | 'de-CH' {
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

const MONTHS: Record<string, number> = {
  januar: 1, jänner: 1, jan: 1, january: 1, februar: 2, feb: 2, february: 2, märz: 3, mär: 3, march: 3, mar: 3,
  april: 4, apr: 4, mai: 5, may: 5, juni: 6, jun: 6, june: 6, juli: 7, jul: 7, july: 7, august: 8, aug: 8,
  september: 9, sep: 9, sept: 9, oktober: 10, okt: 10, october: 10, oct: 10, november: 11, nov: 11,
  dezember: 12, dez: 12, december: 12, dec: 12,
}; // prettier-ignore

const pad = (n: number): string => String(n).padStart(2, '0');

/** A calendar date written in a date line: 13.09.2023, 2023-09-13, 13. September 2023, September 13, 2023. */
export function parseStatedDate(text: string): string | undefined {
  const candidates: [number, number, number][] = [];
  let match = /\b(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{4}|\d{2})\b/u.exec(text);
  if (match) {
    const year = Number(match[3]!.length === 2 ? `20${match[3]}` : match[3]);
    candidates.push([year, Number(match[2]), Number(match[1])]);
  }
  match = /\b(\d{4})-(\d{2})-(\d{2})\b/u.exec(text);
  if (match) candidates.push([Number(match[1]), Number(match[2]), Number(match[3])]);
  match = /\b(\d{1,2})\.\s*(\p{L}+)\.?\s+(\d{4})\b/u.exec(text);
  if (match && MONTHS[match[2]!.toLowerCase()])
    candidates.push([Number(match[3]), MONTHS[match[2]!.toLowerCase()]!, Number(match[1])]);
  match = /\b(\p{L}+)\.?\s+(\d{1,2}),\s*(\d{4})\b/u.exec(text);
  if (match && MONTHS[match[1]!.toLowerCase()])
    candidates.push([Number(match[3]), MONTHS[match[1]!.toLowerCase()]!, Number(match[2])]);
  for (const [year, month, day] of candidates) {
    const date = `${year}-${pad(month)}-${pad(day)}`;
    if (isValidPartialDate(date, 'day')) return date;
  }
  return undefined;
}

const PUBLISHED_LABEL = /^(?:Ausgegeben|Veröffentlicht|Publiziert|Erschienen|Erstellt|Published)\b/iu;

function findPublished(seed: Seed, checks: string[]): Draft['published'] {
  if (seed.metaDate) return { date: seed.metaDate.date, precision: 'day', basis: seed.metaDate.basis };
  const debris = seed.lines.flatMap((line) => line.debris);
  const dateLines = debris.filter((d) => d.reason === DEBRIS_REASONS.dateLine);
  // A byline dated as published ("Von unserer Korrespondentin, 13. September 2023") states the
  // date as plainly as a date line; labelled date lines first, then bylines, then the rest.
  const bylines = debris.filter((d) => d.reason === DEBRIS_REASONS.byline && parseStatedDate(d.text));
  const ordered = [...dateLines.filter((d) => PUBLISHED_LABEL.test(d.text)), ...bylines, ...dateLines];
  for (const line of ordered) {
    const date = parseStatedDate(line.text);
    if (!date) continue;
    const byline = line.reason === DEBRIS_REASONS.byline;
    if (!PUBLISHED_LABEL.test(line.text)) {
      checks.push(
        `published: taken from the ${byline ? 'author line' : 'date line'} "${line.text}", which does not say it is the publication date. Check it.`,
      );
    }
    return {
      date,
      precision: 'day',
      basis: `${byline ? 'Autorenzeile' : 'Datumszeile'} der Quelle: „${line.text}“.`,
    };
  }
  for (const line of dateLines) {
    checks.push(`published: the date line "${line.text}" gives no calendar date.`);
  }
  return undefined;
}

/** Escapes what Markdown would read as markup, so the body shows the text exactly as written. */
export function escapeMarkdown(line: string): string {
  return line
    .replace(/[\\`*_[\]<]/gu, '\\$&')
    .replace(/&(?=#?\w+;)/gu, '\\&')
    .replace(/^(#{1,6}|>|[-+=](?=\s|[-+=]*$))/u, '\\$1')
    .replace(/^(\d{1,9})([.)])(?=\s|$)/u, '$1\\$2');
}

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

/** The first sentence of a text, shortened to a title-sized proposal. */
function proposeTitle(text: string): string {
  const sentence = /^.*?[.!?](?=\s|$)/u.exec(text)?.[0] ?? text;
  const words = sentence.replace(/[.!?]$/u, '').split(/\s+/u);
  return words.length <= 14 ? words.join(' ') : `${words.slice(0, 10).join(' ')} …`;
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
    const parts = credit
      .replace(/^\(|\)$/gu, '')
      .split('/')
      .map((part) => part.trim());
    agencies = [...new Set(parts.flatMap((part) => AGENCY_BY_NAME.get(part.toLowerCase()) ?? []))];
    const unknown = parts.filter((part) => !AGENCY_BY_NAME.has(part.toLowerCase()) && part.length > 3);
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

  const variant = detectVariant(seed.lines.map((line) => line.text).join('\n'), checks);
  const published = findPublished(seed, checks);
  if (!published)
    checks.push('published: the text states no publication date. Fill in published (date, precision, basis) by hand.');
  if (!options.event) checks.push('event: no --event given. Fill in the event by hand.');
  if (removed.length > 0)
    checks.push(
      `removed: ${removed.length} ${removed.length === 1 ? 'line was' : 'lines were'} set aside as page debris. Check that none is article text.`,
    );
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
