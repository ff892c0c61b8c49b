/**
 * An HTML page as a seed: refused when it nests deeper than any news page, otherwise parsed with
 * a real HTML parser, its text laid out one block a line, page furniture recorded as debris by
 * the element it comes from (./html-regions.ts), the rest through the line rules of the debris
 * detector (./debris.ts).
 */
import { toText } from 'hast-util-to-text';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { LIMITS } from '../content/limits.ts';
import { select } from 'hast-util-select';
import { htmlLines, type HtmlLine } from './html-regions.ts';
import { metaDate } from './meta-date.ts';
import { pageOrigin } from './outlet.ts';
import { describeHtmlCharacterProblem, removeInvisible } from './page-characters.ts';
import { seedFromText, type Seed } from './seed.ts';

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
 * line rules of the debris detector. Invisible formatting characters are removed from the page,
 * and a page whose text holds a control character, a bidirectional control or U+FFFD is refused
 * (./page-characters.ts); `file` names the page in that message.
 */
export function seedFromHtml(html: string, file = 'FILE'): Seed {
  checkHtmlNesting(html);
  const tree = unified().use(rehypeParse).parse(html);
  const checks: string[] = [];
  const invisible = removeInvisible(tree);
  if (invisible.size > 0) {
    const counts = [...invisible]
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([code, count]) => `${count} × ${code}`)
      .join(', ');
    checks.push(
      `text: invisible characters (${counts}: zero-width spaces, joiners, word joiners, byte-order marks) were removed from the page's text, which the build refuses; the saved page keeps them. Nothing to do unless a word now reads wrong.`,
    );
  }
  const body = select('body', tree);
  const lines: HtmlLine[] = body ? htmlLines(body) : [];
  let fromTitleTag = false;
  if (!lines.some((line) => line.role === 'title')) {
    const title = select('title', tree);
    const text = title ? toText(title).replace(/\s+/gu, ' ').trim() : '';
    if (text !== '') {
      lines.unshift({ text, role: 'title' });
      fromTitleTag = true;
      checks.push(`title: the page has no <h1>; the title comes from <title> ("${text}"). Check it.`);
    }
  }
  const text = lines.map((line) => line.text).join('\n\n') + '\n';
  const refused = describeHtmlCharacterProblem(html, tree, text, file);
  if (refused) throw new ImportLimitError(refused);
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
  return { text, lines: seed.lines, format: 'html', metaDate: metaDate(tree), origin: pageOrigin(tree), checks };
}
