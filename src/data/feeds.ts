/**
 * The feeds: one for the site (its newest articles) and one per event (its articles), as
 * RSS 2.0 through @astrojs/rss, Astro's own package: every feed reader reads it and no XML is
 * written by hand here. Items name the article by its outlet label, like the pages do.
 */
import rss, { type RSSFeedItem } from '@astrojs/rss';
import { SITE_FEED_ITEMS } from '../lib/view/page-limits.ts';
import { articleHref } from './routes.ts';
import type { EventSite, RenderedArticle } from './site.ts';

function item(article: RenderedArticle): RSSFeedItem {
  return {
    title: `${article.label.text}: ${article.data.title}`,
    link: articleHref(article.id),
    pubDate: new Date(`${article.data.published.date}T00:00:00Z`),
    description: article.data.lead ?? article.firstSentence ?? article.data.title,
    categories: [article.event.name],
  };
}

const newestFirst = (articles: readonly RenderedArticle[]) =>
  [...articles].sort((a, b) => b.data.published.date.localeCompare(a.data.published.date) || a.id.localeCompare(b.id));

export function siteFeed(site: URL | undefined, articles: readonly RenderedArticle[]): Promise<Response> {
  return rss({
    title: 'Synopse',
    description: 'Deutsche Nachrichtenartikel über dasselbe Ereignis, nebeneinander verglichen.',
    site: site ?? 'https://synopse.example',
    items: newestFirst(articles).slice(0, SITE_FEED_ITEMS).map(item),
    customData: '<language>de</language>',
    trailingSlash: true,
  });
}

export function eventFeed(site: URL | undefined, event: EventSite): Promise<Response> {
  return rss({
    title: `Synopse: ${event.event.name}`,
    description: event.event.summary,
    site: site ?? 'https://synopse.example',
    items: newestFirst(event.articles).map(item),
    customData: '<language>de</language>',
    trailingSlash: true,
  });
}
