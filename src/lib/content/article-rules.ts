import { ContentError } from './content-error.ts';
import { checkTextLimits } from './limits.ts';
import { findUnsafeMarkup } from './markup-safety.ts';
import { findUnsupportedMarkdown } from './unsupported-markdown.ts';
import { daysAheadOfEvent, type DatePrecision } from './vocabulary.ts';

/** A URL-safe, readable slug: lower-case ASCII words joined by single hyphens. */
export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The words of a slug for `text` (a title, a file name): lower-case ASCII, umlauts and ß spelled
 * out ("ae", "ss"), other accents dropped, everything else a break between words. Joined by
 * hyphens they match `SLUG_PATTERN`; the importer shortens them, the loader suggests them.
 */
export function slugWords(text: string): string[] {
  const ascii = text
    .toLowerCase()
    .replace(/ä/gu, 'ae')
    .replace(/ö/gu, 'oe')
    .replace(/ü/gu, 'ue')
    .replace(/ß/gu, 'ss')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/gu, '');
  return ascii.split(/[^a-z0-9]+/u).filter((word) => word !== '');
}

/** The article fields these rules need; the rest is validated by the Zod schema. */
export interface ArticleForRules {
  /** Path relative to the project root, for messages. */
  filePath: string;
  /** The Markdown body without frontmatter. */
  body: string;
  /** Lines of the file above the body (frontmatter and blank lines), so messages name file lines. */
  bodyLinesBefore?: number | undefined;
  /** The headline; shown as text, but checked like the body so markup never reaches a page. */
  title?: string | undefined;
  /** The line above the headline, if any. */
  kicker?: string | undefined;
  /** The teaser paragraph, if any: rendered as Markdown like the body. */
  lead?: string | undefined;
  /** The event id the frontmatter refers to. */
  eventId: string;
  /** The publication date as the frontmatter gives it, if checked against the event's date. */
  published?: { date: string; precision: DatePrecision } | undefined;
  /** Agencies listed in the frontmatter. */
  agencies: readonly string[];
  /** The raw credit line, if any. */
  credit?: string | undefined;
  /** The source file name the frontmatter names. */
  source: string;
}

/** What exists in the content folder, for checking references. */
export interface ContentInventory {
  /** Ids of the events in `content/events/`. */
  eventIds: ReadonlySet<string>;
  /** The day each event began (`date` of its file), where the file gives one. */
  eventDates?: ReadonlyMap<string, string> | undefined;
  /** File names (relative) in the sources folder. */
  sourceFiles: ReadonlySet<string>;
  /** The sources folder as shown in messages. */
  sourcesDir: string;
}

/**
 * Derives slugs from file names and reports files whose name is not a valid slug or whose slug
 * another file already has (two folders can hold the same file name).
 */
export function checkSlugs(files: readonly string[]): ContentError[] {
  const errors: ContentError[] = [];
  const owner = new Map<string, string>();
  for (const file of files) {
    const slug = slugFromPath(file);
    if (!SLUG_PATTERN.test(slug)) {
      errors.push(
        new ContentError(
          file,
          'file',
          `the file name "${slug}" is not a valid slug. Expected lower-case letters a-z, digits and single hyphens (write "ae" for "ä", "ss" for "ß").`,
        ),
      );
    }
    const previous = owner.get(slug);
    if (previous) {
      errors.push(
        new ContentError(
          file,
          'file',
          `duplicate slug "${slug}": ${previous} has the same file name. Expected every article file name to be unique; rename one of them.`,
        ),
      );
    } else owner.set(slug, file);
  }
  return errors;
}

/**
 * Files of the articles folder (`files` relative to it; `folder` as messages show it) that are
 * not read as articles although they are meant to be: a name ending in ".MD", ".markdown" or
 * anything else but ".md" was left out of the site without a word. Names starting with "_"
 * (drafts and notes, by convention) or "." (`.gitkeep`) are passed over.
 */
export function checkArticleFileNames(files: readonly string[], folder: string): ContentError[] {
  const errors: ContentError[] = [];
  for (const file of files) {
    const name = file.replace(/^.*\//, '');
    if (/\.md$/.test(name) || name.startsWith('_') || name.startsWith('.')) continue;
    const stem = name.includes('.') ? name.slice(0, name.lastIndexOf('.')) : name;
    const where = file.includes('/') ? `${folder}/${file.slice(0, file.lastIndexOf('/'))}` : folder;
    errors.push(
      new ContentError(
        `${folder}/${file}`,
        'file',
        `is not an article file, so it would be left out of the site: articles are Markdown files ending in ".md" (lower case). Rename it to ${where}/${stem}.md, or move it out of ${folder}/ (or start its name with "_" to keep it there as a draft).`,
      ),
    );
  }
  return errors;
}

/** ATX subheads ("## Lage"), setext underlines and blank lines: everything that is no text. */
const NO_TEXT_LINE = /^\s*(?:#{1,6}(?:\s.*)?|[=-]+\s*)?$/;

/** Whether a body has lines, but every one of them is a subhead or blank. */
function onlySubheads(body: string): boolean {
  const lines = body.split('\n');
  return lines.some((line) => /^\s*#{1,6}\s/.test(line)) && lines.every((line) => NO_TEXT_LINE.test(line));
}

/**
 * Reports articles whose frontmatter names a source another article names too: each article is
 * kept with its own raw source, so a second one is a copy (an article file duplicated as a
 * template and left unchanged, which made every sentence a claim shared with itself) or an
 * article whose own source was never added.
 */
export function checkSharedSources(articles: readonly { filePath: string; source: string }[]): ContentError[] {
  const owner = new Map<string, string>();
  const errors: ContentError[] = [];
  for (const { filePath, source } of articles) {
    const first = owner.get(source);
    if (first === undefined) {
      owner.set(source, filePath);
      continue;
    }
    errors.push(
      new ContentError(
        filePath,
        'source',
        `"${source}" is the source of ${first} as well. Each article keeps its own raw source: if one of the two files is a copy of the other, remove it; if they are two articles, add the page of the one that lacks its source with npm run add, which stores it.`,
      ),
    );
  }
  return errors;
}

/** The slug of an article file: its name without folders and extension. */
export function slugFromPath(file: string): string {
  return file.replace(/^.*\//, '').replace(/\.md$/, '');
}

/**
 * Checks what the frontmatter schema cannot see: the body, the event reference against the
 * events that exist, and agencies against the credit line they were taken from.
 */
export function checkArticle(article: ArticleForRules, inventory: ContentInventory): ContentError[] {
  const { eventIds } = inventory;
  const errors: ContentError[] = [];
  const { filePath } = article;
  // The limits first, on the raw text: the checks below parse it, and text over a limit is
  // exactly what would make a parse take minutes or overflow the stack.
  const overLimit: ContentError[] = [];
  const bodyLimit = checkTextLimits(article.body, 'markdown', article.bodyLinesBefore ?? 0);
  if (bodyLimit) overLimit.push(new ContentError(filePath, 'body', bodyLimit.problem));
  for (const field of ['title', 'kicker', 'lead'] as const) {
    const fieldLimit = checkTextLimits(article[field] ?? '');
    if (fieldLimit) overLimit.push(new ContentError(filePath, field, `in the ${field}: ${fieldLimit.problem}`));
  }
  if (overLimit.length > 0) return overLimit;
  if (article.body.trim() === '') {
    errors.push(
      new ContentError(filePath, 'body', 'the article text is empty. Expected the article text below the frontmatter.'),
    );
  } else if (onlySubheads(article.body)) {
    // Subheads name topics and are never compared: such an article would show headings and
    // count them as sentences, with nothing a reader or the claim engine could use.
    errors.push(
      new ContentError(
        filePath,
        'body',
        'the article text holds only subheads ("## …"). Expected the article text: its paragraphs below or between the subheads.',
      ),
    );
  }
  // Unsafe markup, then Markdown the site would show other than meant (a table, a footnote, a
  // second first-level heading): both refused with the line, in the order of the file.
  const bodyProblems = [...findUnsafeMarkup(article.body), ...findUnsupportedMarkdown(article.body)];
  for (const problem of bodyProblems.sort((a, b) => a.line - b.line)) {
    // The file's own line, as an editor's editor shows it, when the lines above the body are known.
    const where =
      article.bodyLinesBefore === undefined
        ? `line ${problem.line} of the text`
        : `line ${problem.line + article.bodyLinesBefore}`;
    errors.push(new ContentError(filePath, 'body', `${where} contains "${problem.found}". ${problem.fix}`));
  }
  // The frontmatter text fields reach the page too (the lead as rendered Markdown), so they get
  // the same check as the body: a javascript: link or an image in the lead would otherwise be
  // published, and raw HTML in it silently dropped.
  for (const field of ['title', 'kicker', 'lead'] as const) {
    const text = article[field];
    if (!text) continue;
    // Only the lead is rendered as Markdown; in title and kicker "#" and "|" are plain characters.
    const unsupported = field === 'lead' ? findUnsupportedMarkdown(text) : [];
    for (const problem of [...findUnsafeMarkup(text), ...unsupported]) {
      const where = text.includes('\n') ? `line ${problem.line} of the ${field}` : `the ${field}`;
      // Title and kicker are printed as plain text, where markup would show as literal tags and
      // brackets; the lead is Markdown and takes the body's advice.
      const fix =
        field === 'lead'
          ? problem.fix
          : `The ${field} is shown as plain text: remove the markup and keep only the words.`;
      errors.push(new ContentError(filePath, field, `${where} contains "${problem.found}". ${fix}`));
    }
  }
  if (!eventIds.has(article.eventId)) {
    const known = [...eventIds].sort().join(', ') || '(none)';
    errors.push(
      new ContentError(
        filePath,
        'event',
        `unknown event "${article.eventId}". Expected the file name (without extension) of an event in content/events/: ${known}.`,
      ),
    );
  }
  const eventDate = inventory.eventDates?.get(article.eventId);
  if (eventDate && article.published) {
    const { date, precision } = article.published;
    const days = daysAheadOfEvent(date, precision, eventDate);
    if (days !== undefined) {
      errors.push(
        new ContentError(
          filePath,
          'published.date',
          `"${date}" (${precision}) is ${days} days before its event "${article.eventId}" began (${eventDate}); an article cannot report an event that far ahead. Correct the date, or give the article the event it reports in the field "event".`,
        ),
      );
    }
  }
  if (!inventory.sourceFiles.has(article.source)) {
    errors.push(
      new ContentError(
        filePath,
        'source',
        `no file "${article.source}" in ${inventory.sourcesDir}/. Expected the name of the raw text the article was taken from; put that file into ${inventory.sourcesDir}/.`,
      ),
    );
  }
  const credit = (article.credit ?? '').toLowerCase();
  for (const agency of article.agencies) {
    if (!credit.includes(agency.toLowerCase())) {
      errors.push(
        new ContentError(
          filePath,
          'agencies',
          `"${agency}" does not appear in the credit line "${article.credit ?? ''}". Expected only agencies named in "credit".`,
        ),
      );
    }
  }
  return errors;
}
