import { fork } from 'node:child_process';
import { resolve } from 'node:path';
import { formatPartialDate } from '../lib/content/vocabulary.ts';
import { CARD_SIZE, type EventCard } from '../lib/og/event-card.ts';
import { countNoun } from '../lib/text/german.ts';
import type { CardBatch, DrawnCard } from './card-worker.ts';
import type { EventSite } from './site.ts';

/** Size and description of the image, for the page head. */
export const EVENT_IMAGE = { ...CARD_SIZE, alt: (name: string) => `Vorschau: ${name}` } as const;

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

/** Cards asked for and not yet taken by their page, by event id. */
const drawing = new Map<string, Promise<Buffer>>();

/**
 * Starts drawing the cards of these events in a process of their own (src/data/card-worker.ts),
 * so they are ready when Astro reaches the image routes. Events already asked for are skipped.
 */
export function prepareEventImages(sites: readonly EventSite[]): void {
  const wanted = sites.filter((site) => !drawing.has(site.event.id));
  if (wanted.length === 0) return;
  const pngs = drawInWorker(wanted.map(eventCard));
  wanted.forEach((site, index) => drawing.set(site.event.id, pngs[index]!));
}

/** The PNG of an event's card (drawn by `prepareEventImages`, or now when it was not asked for). */
export function eventImage(site: EventSite): Promise<Buffer> {
  prepareEventImages([site]);
  const png = drawing.get(site.event.id)!;
  // Each image route asks once; the PNG need not stay in memory after.
  drawing.delete(site.event.id);
  return png;
}

/** One promise per card, settled as the worker sends each PNG; all reject if it fails. */
function drawInWorker(cards: EventCard[]): Promise<Buffer>[] {
  const settlers = cards.map(() => {
    const settler = Promise.withResolvers<Buffer>();
    // A card whose route never comes (a failed build) must not end the process as unhandled.
    settler.promise.catch(() => {});
    return settler;
  });
  const worker = resolve(process.cwd(), 'src/data/card-worker.ts');
  // The source file, run by the same Node as Astro (it strips the types), as for the claim
  // engine's process (src/data/site-worker-client.ts); 'advanced' passes the PNGs as bytes.
  const child = fork(worker, [], {
    serialization: 'advanced',
    execArgv: [],
    stdio: ['ignore', 'inherit', 'pipe', 'ipc'],
  });
  const stderr: Buffer[] = [];
  child.stderr!.on('data', (chunk: Buffer) => stderr.push(chunk));
  let received = 0;
  child.on('message', ({ index, png }: DrawnCard) => {
    received++;
    settlers[index]!.resolve(Buffer.from(png.buffer, png.byteOffset, png.byteLength));
  });
  const fail = (why: string) => {
    const message = Buffer.concat(stderr).toString('utf8').trim();
    const error = new Error(
      `the process drawing the events' preview images (${worker}) ${why}${message ? `: ${message}` : ''}`,
    );
    for (const settler of settlers.slice(received)) settler.reject(error);
  };
  child.on('error', (error) => fail(`could not run (${error.message})`));
  child.on('close', (code, signal) => {
    if (received < cards.length)
      fail(`ended after ${received} of ${cards.length} images (${signal ?? `code ${code}`})`);
  });
  child.send({ cards } satisfies CardBatch);
  return settlers.map((settler) => settler.promise);
}
