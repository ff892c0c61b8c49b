/**
 * How pages name an article: by its outlet where something names it, otherwise by saying so
 * ("Medium unbekannt") and telling the articles of one event apart by what is known of them, the
 * credit line, then the date, then the title. Pure: no Astro, so unit tests reach it.
 */

/** What can name an article's outlet (the frontmatter's `outlet.basis`). */
export const OUTLET_BASES = ['og:site_name', 'title', 'address', 'footer', 'text'] as const;
export type OutletBasis = (typeof OUTLET_BASES)[number];

/** Each basis in German, completing "Medium: NZZ, …". */
export const OUTLET_BASIS_TEXT: Record<OutletBasis, string> = {
  'og:site_name': 'so nennt sich die Seite in ihren Metadaten (og:site_name)',
  title: 'so steht es am Ende des Seitentitels',
  address: 'abgeleitet aus der Webadresse des Artikels',
  footer: 'so steht es in der Fußzeile der Seite',
  text: 'so nennt es der Artikeltext selbst',
};

/** What pages say where no outlet is known. */
export const UNKNOWN_OUTLET = 'Medium unbekannt';
/** What a label says of an article without credit line or agency. */
export const NO_CREDIT = 'ohne Agenturangabe';
/** Marks a title that we wrote, not the outlet. */
export const EDITORIAL_TITLE = 'Titel der Redaktion';

/** What the labels need of an article (an `ArticleView` fits). */
export interface LabelInput {
  id: string;
  data: {
    title: string;
    titleSource: 'source' | 'editorial';
    outlet?: { name: string; basis: OutletBasis } | undefined;
    credit?: string | undefined;
    agencies: readonly string[];
  };
  /** The publication date in German words. */
  publishedLabel: string;
}

/** An article's name on pages. */
export interface ArticleLabel {
  /** The outlet's name, or "Medium unbekannt". */
  outlet: string;
  /** Whether an outlet is known. */
  known: boolean;
  /** What tells the article apart from the others of its event, where needed ("(dpa/afp/fte)"). */
  detail: string;
  /** The whole label: "NZZ" or "Medium unbekannt · (dpa/afp/fte)". */
  text: string;
  /** The shortest form that still tells it apart: the outlet, or the detail where none is known. */
  short: string;
}

/** The title as a label part: quoted, marked where it is ours. */
export function titlePart(data: LabelInput['data']): string {
  return `„${data.title}“${data.titleSource === 'editorial' ? ` (${EDITORIAL_TITLE})` : ''}`;
}

function parts(article: LabelInput): string[] {
  const { data } = article;
  const credit = data.credit ?? (data.agencies.length > 0 ? data.agencies.join('/') : NO_CREDIT);
  return [credit, article.publishedLabel, titlePart(data)];
}

function labelAt(article: LabelInput, level: number): ArticleLabel {
  const outlet = article.data.outlet?.name;
  const detail = parts(article).slice(0, level).join(' · ');
  const name = outlet ?? UNKNOWN_OUTLET;
  return {
    outlet: name,
    known: outlet !== undefined,
    detail,
    text: detail ? `${name} · ${detail}` : name,
    short: outlet ? (detail ? `${outlet} · ${detail}` : outlet) : detail,
  };
}

/**
 * The labels of the articles of one event, by id: each as short as it can be while no two are
 * the same. A known outlet stands alone; an unknown one takes the credit line. Where two still
 * read the same, both add the date, then the title; should even that not tell them apart, a
 * running number does.
 */
export function articleLabels(articles: readonly LabelInput[]): Map<string, ArticleLabel> {
  const level = new Map(articles.map((a) => [a.id, a.data.outlet ? 0 : 1]));
  for (;;) {
    const groups = new Map<string, LabelInput[]>();
    for (const article of articles) {
      const text = labelAt(article, level.get(article.id)!).text;
      groups.set(text, [...(groups.get(text) ?? []), article]);
    }
    let changed = false;
    for (const group of groups.values()) {
      if (group.length < 2) continue;
      for (const article of group) {
        const current = level.get(article.id)!;
        if (current < 3) {
          level.set(article.id, current + 1);
          changed = true;
        }
      }
    }
    if (!changed) break;
  }
  const labels = new Map(articles.map((a) => [a.id, labelAt(a, level.get(a.id)!)]));
  const seen = new Map<string, number>();
  for (const article of articles) {
    const label = labels.get(article.id)!;
    const count = (seen.get(label.text) ?? 0) + 1;
    seen.set(label.text, count);
    if (count > 1)
      labels.set(article.id, { ...label, text: `${label.text} (${count})`, short: `${label.short} (${count})` });
  }
  return labels;
}
