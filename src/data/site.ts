import type { Contradiction, ClaimsResult, Passage } from '../lib/claims/types.ts';
import { listedClaims } from '../lib/view/page-limits.ts';
import { withComparableUnique, type ClaimView, type PassageKind } from '../lib/view/view.ts';
import { loadClaims } from './claims.ts';
import type { ComputedArticle } from './compute-site.ts';
import { loadComputedSite } from './computed-site.ts';
import { prepareEventImages } from './og-image.ts';
import { relatedEvents } from './related-events.ts';
import { loadArticles, loadEvents, type ArticleView, type EventView } from './corpus.ts';
import { insertPictureNotes } from '../lib/view/picture-notes.ts';

/**
 * An article with what the claim engine's process made of it (`ComputedArticle`): its text
 * rendered and marked, for its page and for its event's comparison, and its word count.
 */
export type RenderedArticle = ArticleView & Omit<ComputedArticle, 'id'>;

/** One event as its page shows it: the unit of reading. */
export interface EventSite {
  event: EventView;
  /** Its articles, by publication date. */
  articles: RenderedArticle[];
  /** Its claims, most articles first, numbered from 1 (by the claim engine's process, as the marks' badges). */
  claims: ClaimView[];
  /** The claims its page lists (`listedClaims`: bounded, every contradiction kept). */
  listedClaims: ClaimView[];
  contradictions: Contradiction[];
  /** Per article, the sentences to which nothing in the event's other articles comes close. */
  unique: Map<string, Passage[]>;
  /** Per article, the sentences outside every claim with a close, not accepted, partner elsewhere. */
  near: Map<string, Passage[]>;
  /** Events of the same story (they share their actors), newest first. */
  related: EventView[];
  /** The kinds its page's legend explains (computed with its marks, `ComputedEvent`). */
  legendKinds: PassageKind[];
  /**
   * The claim engine's result narrowed to this event (its articles, claims, contradictions and
   * unique sentences): what a page of the event needs, without walking the whole corpus, so
   * each page costs the same however many events there are.
   */
  result: ClaimsResult;
}

/** Everything the pages show, computed once per build. */
export interface Site {
  /** Every event, newest first; events without articles included. */
  events: EventSite[];
  articles: RenderedArticle[];
  claims: ClaimView[];
  result: ClaimsResult;
  articleById: Map<string, RenderedArticle>;
  eventById: Map<string, EventSite>;
  /** Per claim id, the claim (a page that names claims of several events asks here). */
  claimById: Map<string, ClaimView>;
  /** Per article id, the claims it states (a page asks for its own, not for all). */
  claimsByArticle: Map<string, ClaimView[]>;
  /** Per claim id, its contradictions. */
  contradictionsByClaim: Map<string, Contradiction[]>;
}

/** The quiet note where the source showed a picture that was not kept. */
export const PICTURE_NOTE = 'An dieser Stelle zeigte die Quelle ein Bild; es wurde nicht übernommen.';

/**
 * Puts the picture note after each sentence that ends where the source had a picture
 * (`pictures` in the frontmatter), in the article's page and in its column. Throws, naming the
 * file, when a text is not the end of one sentence of the article.
 */
function withPictureNotes(article: RenderedArticle): RenderedArticle {
  if (article.data.pictures.length === 0) return article;
  const note = `<span class="picture-note" data-pagefind-ignore>${PICTURE_NOTE}</span>`;
  const insert = (html: string) =>
    insertPictureNotes(html, article.data.pictures, note, `${article.filePath}: field "pictures"`);
  return { ...article, bodyHtml: insert(article.bodyHtml), comparisonHtml: insert(article.comparisonHtml) };
}

let cached: Promise<Site> | undefined;

/** The paths of the pages that exist once per claim (its page, its former address), for `getStaticPaths`. */
export async function claimPaths(): Promise<{ params: { id: string }; props: { claim: ClaimView } }[]> {
  const { claims } = await loadSite();
  return claims.map((claim) => ({ params: { id: claim.id }, props: { claim } }));
}

/** Articles, events, claims and rendered text for every page of a build. */
export function loadSite(): Promise<Site> {
  cached ??= assembleSite();
  return cached;
}

async function assembleSite(): Promise<Site> {
  const [articles, eventViews, claimsResult, computed] = await Promise.all([
    loadArticles(),
    loadEvents(),
    loadClaims(),
    loadComputedSite(),
  ]);
  // Pages call no sentence "nur hier" in an event of one article: there is nothing to compare.
  const result = withComparableUnique(claimsResult, claimsResult.articles);
  // Numbers and tones come from the process that drew the marks' badges: lists and badges agree.
  const numberOf = new Map([...computed.events.values()].flatMap((event) => event.claims.map((c) => [c.id, c])));
  const claims = result.claims.map((claim): ClaimView => {
    const number = numberOf.get(claim.id);
    if (!number) throw new Error(`claim ${claim.id}: the claim engine's process gave it no number`);
    return { ...claim, number: number.number, tone: number.tone };
  });
  const rendered = articles.map((article): RenderedArticle => {
    const text = computed.articles.get(article.id);
    if (!text) throw new Error(`${article.filePath}: the claim engine returned no text for this article`);
    return withPictureNotes({ ...text, ...article });
  });
  const related = relatedEvents(eventViews);
  const eventViewById = new Map(eventViews.map((event) => [event.id, event]));
  // Grouped once: a filter over the whole corpus per event (or per page) grew with its square.
  const articlesOf = Map.groupBy(rendered, (article) => article.event.id);
  const claimsOf = Map.groupBy(claims, (claim) => claim.event ?? '');
  const claimEvent = new Map(claims.map((claim) => [claim.id, claim.event]));
  const contradictionsOf = Map.groupBy(result.contradictions, (c) => claimEvent.get(c.claim) ?? '');
  const contradictionsByClaim = Map.groupBy(result.contradictions, (c) => c.claim);
  const resultArticlesOf = Map.groupBy(result.articles, (article) => article.event ?? '');
  const summaryOf = new Map(result.events.map((summary) => [summary.id ?? '', summary]));
  const events = eventViews.map((event): EventSite => {
    const own = claimsOf.get(event.id) ?? [];
    const articles = articlesOf.get(event.id) ?? [];
    const contradictions = contradictionsOf.get(event.id) ?? [];
    const unique = new Map(articles.map((article) => [article.id, result.unique[article.id] ?? []]));
    const near = new Map(articles.map((article) => [article.id, result.near[article.id] ?? []]));
    const summary = summaryOf.get(event.id);
    return {
      event,
      articles,
      claims: own,
      listedClaims: listedClaims(own),
      contradictions,
      unique,
      near,
      related: (related.get(event.id) ?? []).map((id) => eventViewById.get(id)!),
      legendKinds: computed.events.get(event.id)?.legendKinds ?? [],
      result: {
        ...result,
        articles: resultArticlesOf.get(event.id) ?? [],
        events: summary ? [summary] : [],
        stories: [],
        claims: own,
        contradictions,
        unique: Object.fromEntries(unique),
        near: Object.fromEntries(near),
      },
    };
  });
  // Drawn in a process of their own while Astro renders the other pages.
  prepareEventImages(events);
  const eventById = new Map(events.map((site) => [site.event.id, site]));
  const claimsByArticle = new Map<string, ClaimView[]>();
  for (const claim of claims)
    for (const article of claim.articles) {
      const list = claimsByArticle.get(article);
      if (list) list.push(claim);
      else claimsByArticle.set(article, [claim]);
    }
  return {
    events,
    articles: rendered,
    claims,
    result,
    articleById: new Map(rendered.map((a) => [a.id, a])),
    claimById: new Map(claims.map((claim) => [claim.id, claim])),
    eventById,
    claimsByArticle,
    contradictionsByClaim,
  };
}
