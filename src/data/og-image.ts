import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { formatPartialDate } from '../lib/content/vocabulary.ts';
import { CARD_SIZE, renderEventCard, type CardFont, type EventCard } from '../lib/og/event-card.ts';
import { countNoun } from '../lib/text/german.ts';
import type { EventSite } from './site.ts';

/** Size and description of the image, for the page head. */
export const EVENT_IMAGE = { ...CARD_SIZE, alt: (name: string) => `Vorschau: ${name}` } as const;

let fonts: CardFont[] | undefined;

/**
 * Noto Sans from its npm package (one of the site's own UI fonts), Latin and Latin Extended in two
 * weights: shipped with the project, so no machine's system fonts change the image.
 */
function cardFonts(): CardFont[] {
  const file = (subset: string, weight: 400 | 700) =>
    readFileSync(
      resolve(process.cwd(), `node_modules/@fontsource/noto-sans/files/noto-sans-${subset}-${weight}-normal.woff`),
    );
  fonts ??= (['latin', 'latin-ext'] as const).flatMap((subset) =>
    ([400, 700] as const).map((weight) => ({
      name: 'Noto Sans',
      data: file(subset, weight),
      weight,
      style: 'normal' as const,
    })),
  );
  return fonts;
}

/** What an event's card says: its name, date, counts and outlets, as the page says them. */
export function eventCard(site: EventSite): EventCard {
  const { event, articles, claims } = site;
  return {
    title: event.name,
    date: formatPartialDate(event.date, 'day'),
    counts:
      articles.length < 2
        ? `${countNoun(articles.length, 'Artikel', 'Artikel')} · noch nichts zu vergleichen`
        : `${countNoun(articles.length, 'Artikel', 'Artikel')} · ${countNoun(claims.length, 'gemeinsame Aussage', 'gemeinsame Aussagen')}`,
    outlets: outletsOf(articles),
  };
}

/** The outlets named once each, then how many articles name none ("2 Artikel ohne bekanntes Medium"). */
function outletsOf(articles: EventSite['articles']): string[] {
  const known = [...new Set(articles.filter((a) => a.label.known).map((a) => a.label.outlet))];
  const unknown = articles.filter((a) => !a.label.known).length;
  return unknown > 0 ? [...known, `${countNoun(unknown, 'Artikel', 'Artikel')} ohne bekanntes Medium`] : known;
}

/** The PNG of an event's card. */
export function eventImage(site: EventSite): Promise<Buffer> {
  return renderEventCard(eventCard(site), cardFonts());
}
