import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { EVENTS_PER_PAGE } from '../../src/lib/view/page-limits.ts';
import { buildContentCopy, type BuiltCopy } from '../support/astro.ts';

/**
 * The overview stays short whatever the corpus: with more events than fit one page it is split
 * into pages that link each other, and every event is on exactly one of them.
 */
const work = mkdtempSync(join(tmpdir(), 'synopse-overview-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
const ADDED = EVENTS_PER_PAGE + 3;

let build: BuiltCopy;
beforeAll(() => {
  build = buildContentCopy(work, (content) => {
    for (let i = 1; i <= ADDED; i++) {
      const id = `ereignis-${String(i).padStart(3, '0')}`;
      writeFileSync(
        join(content, 'events', `${id}.yaml`),
        `name: Erzeugtes Ereignis ${i}\ndate: "2020-01-${String((i % 28) + 1).padStart(2, '0')}"\nplace: Berlin\nsummary: Ein erzeugtes Ereignis ohne Artikel, nur für die Seitenaufteilung.\n`,
      );
    }
  });
}, 170_000);

const eventLinks = (html: string) =>
  [...html.matchAll(/<h2 class="event-summary__name"[^>]*><a href="\/ereignisse\/([^/]+)\/"/g)].map((m) => m[1]!);

describe('the overview with more events than one page holds', () => {
  it('builds', () => {
    expect(build.status, build.output.slice(-3000)).toBe(0);
  });

  it('splits the events over pages that link each other, each event on exactly one page', () => {
    const events = readdirSync(join(build.content, 'events')).map((name) => name.replace(/\.ya?ml$/, ''));
    const pages = Math.ceil(events.length / EVENTS_PER_PAGE);
    const listed: string[] = [];
    for (let page = 1; page <= pages; page++) {
      const html = readFileSync(join(build.out, page === 1 ? '' : String(page), 'index.html'), 'utf8');
      const links = eventLinks(html);
      expect(links.length).toBeLessThanOrEqual(EVENTS_PER_PAGE);
      listed.push(...links);
      expect(html).toContain(`Seite ${page} von ${pages}`);
      if (page > 1) expect(html).toMatch(/<a href="\/(\d+\/)?" rel="prev"/);
      if (page < pages) expect(html).toContain(`<a href="/${page + 1}/" rel="next"`);
    }
    expect(listed.sort()).toEqual(events.sort());
  });

  it('gives an event without articles its page, saying so', () => {
    const html = readFileSync(join(build.out, 'ereignisse', 'ereignis-001', 'index.html'), 'utf8');
    expect(html).toContain('Zu diesem Ereignis gibt es noch keinen Artikel.');
  });
});
