/**
 * Region detection in an HTML page: which text lines are the article and which are page
 * furniture (navigation, header, footer, sidebars, forms, buttons, captions, share rows, ads),
 * and what role a line plays (title, kicker, lead, heading, quote). Tags and class words decide.
 */
import type { Element, ElementContent, RootContent } from 'hast';
import { select } from 'hast-util-select';
import { toText } from 'hast-util-to-text';
import { DEBRIS_REASONS } from './debris.ts';
import type { LineRole } from './seed.ts';

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

/** One text line of a page, with the furniture it belongs to (its debris reason) and its role. */
export interface HtmlLine {
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
  else if (tag === 'header' && !outer.inArticle && !select('h1', element)) own ??= 'Seitenkopf';
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
export function htmlLines(body: Element): HtmlLine[] {
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
