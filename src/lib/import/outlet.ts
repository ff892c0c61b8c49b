/**
 * Who published an imported HTML page, and where: read from what the page says of itself, never
 * guessed. The outlet from `og:site_name`, else from the suffix of its `<title>` ("… | Zeitung"),
 * else from its address; the address from `<link rel="canonical">`, else `og:url`. Each answer
 * carries its basis, which the article's frontmatter keeps (`outlet.basis`).
 */
import type { Element, Root } from 'hast';
import { toText } from 'hast-util-to-text';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';
import { select, selectAll } from 'hast-util-select';

/** What names the outlet: the page's metadata, its `<title>` suffix or its address (values of the schema's `outlet.basis`). */
export type PageOutletBasis = 'og:site_name' | 'title' | 'address';

/** The outlet and address an HTML page states about itself. */
export interface PageOrigin {
  outlet?: { name: string; basis: PageOutletBasis } | undefined;
  /** The article's address, `https://` only (the schema refuses others). */
  url?: string | undefined;
}

/** A `<title>` suffix: "Überschrift | Zeitung", "Überschrift – Zeitung", "Überschrift - Zeitung". */
const TITLE_SUFFIX = /\s+[|–—-]\s+([^|–—]{2,40})$/u;

const attribute = (element: Element, name: string): string | undefined => {
  const value = element.properties[name];
  if (Array.isArray(value)) return value.join(' ');
  return typeof value === 'string' ? value.trim() : undefined;
};

/** An address the article may link to: absolute, https, with a host. */
function httpsAddress(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname.includes('.') ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** The host without "www.": "www.nzz.ch" names the outlet "nzz.ch". */
const hostName = (url: string) => new URL(url).hostname.replace(/^www\./u, '');

/**
 * The outlet and address an HTML page (its text, or its parsed tree) states about itself; absent
 * where it states nothing.
 */
export function pageOrigin(page: string | Root): PageOrigin {
  const tree = typeof page === 'string' ? unified().use(rehypeParse).parse(page) : page;
  const metas = selectAll('meta', tree);
  const meta = (property: string) =>
    metas.find((element) => (attribute(element, 'property') ?? attribute(element, 'name'))?.toLowerCase() === property);
  const canonical = selectAll('link', tree).find((element) =>
    (attribute(element, 'rel') ?? '').toLowerCase().split(/\s+/u).includes('canonical'),
  );
  const url =
    httpsAddress(canonical && attribute(canonical, 'href')) ??
    httpsAddress(meta('og:url') && attribute(meta('og:url')!, 'content'));

  const siteName = meta('og:site_name') && attribute(meta('og:site_name')!, 'content');
  if (siteName) return { outlet: { name: siteName, basis: 'og:site_name' }, url };
  const title = select('title', tree);
  const suffix = title ? TITLE_SUFFIX.exec(toText(title).replace(/\s+/gu, ' ').trim()) : null;
  if (suffix) return { outlet: { name: suffix[1]!.trim(), basis: 'title' }, url };
  if (url) return { outlet: { name: hostName(url), basis: 'address' }, url };
  return {};
}
