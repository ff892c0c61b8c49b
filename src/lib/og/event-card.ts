import satori from 'satori';
import sharp from 'sharp';
import { shortenAtWord } from '../text/shorten.ts';

/** The size Open Graph and large Twitter cards show without cropping. */
export const CARD_SIZE = { width: 1200, height: 630 } as const;

/** What the card of an event says: the same facts as the top of its page. */
export interface EventCard {
  /** The event's name. */
  title: string;
  /** Its date in German words ("13. September 2023"). */
  date: string;
  /** Who published its articles, in page order. */
  outlets: readonly string[];
  /** "4 Artikel · 15 gemeinsame Aussagen": counts in words, made by the caller. */
  counts: string;
}

/** A font satori draws text with (TTF, OTF or WOFF; not WOFF2). */
export interface CardFont {
  name: string;
  data: Buffer | ArrayBuffer;
  weight: 400 | 700;
  style: 'normal';
}

/** Outlets named on a card; the rest are counted. */
const OUTLETS_SHOWN = 4;

interface Node {
  type: string;
  props: { style: Record<string, string | number>; children?: string | Node[] };
}
const box = (style: Node['props']['style'], children: string | Node[]): Node => ({
  type: 'div',
  props: { style: { display: 'flex', ...style }, children },
});

/**
 * The card as an element tree for satori: site name, event name, date and counts, outlets.
 * Text is shortened to what the card holds (it is a preview; the page has it whole).
 */
export function eventCardTree(card: EventCard): Node {
  const outlets =
    card.outlets.length > OUTLETS_SHOWN
      ? [...card.outlets.slice(0, OUTLETS_SHOWN - 1), `und ${card.outlets.length - OUTLETS_SHOWN + 1} weitere`]
      : card.outlets;
  return box(
    {
      width: CARD_SIZE.width,
      height: CARD_SIZE.height,
      boxSizing: 'border-box',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: 64,
      background: '#fdfcf9',
      color: '#1b1b1b',
      fontFamily: 'Noto Sans',
      borderTop: '12px solid #8a4b00',
    },
    [
      box({ fontSize: 28, color: '#8a4b00' }, 'Synopse · Berichte im Vergleich'),
      box({ fontSize: 60, fontWeight: 700, lineHeight: 1.15 }, shortenAtWord(card.title, 90)),
      box({ flexDirection: 'column', fontSize: 28, gap: 8 }, [
        box({}, shortenAtWord(`${card.date} · ${card.counts}`, 70)),
        box({ color: '#4a4a4a' }, shortenAtWord(outlets.join(' · '), 130)),
      ]),
    ],
  );
}

/**
 * Renders an event's card as a PNG of 1200×630. Satori turns the text into paths with the fonts
 * given (no system font is asked), sharp rasterises the SVG: the same input and packages give the
 * same bytes on any machine.
 */
export async function renderEventCard(card: EventCard, fonts: readonly CardFont[]): Promise<Buffer> {
  const svg = await satori(eventCardTree(card) as Parameters<typeof satori>[0], {
    ...CARD_SIZE,
    fonts: [...fonts],
  });
  return sharp(Buffer.from(svg)).png().toBuffer();
}
