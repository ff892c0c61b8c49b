import { describe, expect, it } from 'vitest';
import { cardFonts } from '../../src/data/card-fonts.ts';
import { eventCard, eventImage, prepareEventImages } from '../../src/data/og-image.ts';
import type { EventSite } from '../../src/data/site.ts';
import { renderEventCard } from '../../src/lib/og/event-card.ts';

/** An event as the image reads it: name, date, articles with their outlets, claims. */
function site(id: string, name: string, outlets: string[], claims: number): EventSite {
  return {
    event: { id, name, date: '2023-09-13', place: 'Wostotschny', summary: '' },
    articles: outlets.map((outlet) => ({ label: { known: true, outlet } })),
    claims: Array.from({ length: claims }, (_, n) => ({ id: `c${n}` })),
  } as unknown as EventSite;
}

describe("the events' preview images, drawn in a process of their own", () => {
  it('gives each event the very PNG its card draws in this process, whichever order the pages ask', async () => {
    const sites = [
      site('gipfel', 'Putin empfängt Kim in Wostotschny', ['dpa', 'AFP', 'Reuters'], 14),
      site('besuch', 'Putin auf Staatsbesuch in Nordkorea', ['tagesschau.de'], 0),
      site('wahl', 'Wahl in Bayern', ['BR', 'SZ'], 3),
    ];
    prepareEventImages(sites);
    const order = [sites[2]!, sites[0]!, sites[1]!];
    const drawn = await Promise.all(order.map((s) => eventImage(s)));
    for (const [n, s] of order.entries()) {
      expect(drawn[n]!.equals(await renderEventCard(eventCard(s), cardFonts())), s.event.id).toBe(true);
    }
    expect(new Set(drawn.map((png) => png.toString('base64'))).size).toBe(3);
  });

  it('draws a card it was not asked for ahead of time when its page asks', async () => {
    const late = site('spaet', 'Ein spätes Ereignis', ['dpa'], 0);
    expect((await eventImage(late)).equals(await renderEventCard(eventCard(late), cardFonts()))).toBe(true);
  });

  it("fails the image's page with the drawing process's own message when a card cannot be drawn", async () => {
    const broken = site('kaputt', undefined as unknown as string, ['dpa'], 0);
    await expect(eventImage(broken)).rejects.toThrow(
      /process drawing the events' preview images .*card-worker\.ts.*ended after 0 of 1 images \(code 1\): TypeError/s,
    );
  });
});
