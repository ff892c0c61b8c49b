/**
 * The process that draws the events' Open Graph cards (src/data/og-image.ts starts it): it gets
 * one batch of cards, sends each PNG back as soon as it is drawn, in order, and ends.
 *
 * Drawing is CPU work (satori lays out and turns the text into paths, sharp rasterises: about
 * 35 ms a card, 500 cards at 10,000 articles). In Astro's process it ran between the pages, on
 * the core Astro renders with; here it runs on the other core while Astro renders articles.
 */
import { renderEventCard, type EventCard } from '../lib/og/event-card.ts';
import { cardFonts } from './card-fonts.ts';

/** What the parent sends: the cards of one batch. */
export interface CardBatch {
  cards: EventCard[];
}

/** What the worker sends back, once per card: its index in the batch and its PNG. */
export interface DrawnCard {
  index: number;
  png: Uint8Array;
}

process.once('message', (batch: CardBatch) => {
  void (async () => {
    const fonts = cardFonts();
    for (const [index, card] of batch.cards.entries()) {
      const png = await renderEventCard(card, fonts);
      process.send!({ index, png } satisfies DrawnCard);
    }
    process.disconnect?.();
  })().catch((error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  });
});
