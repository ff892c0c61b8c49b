import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT, DIST } from '../support/paths.ts';

/** Issue 21, point 9: each event page has its own Open Graph image, drawn at build time. */
const events = readdirSync(join(CONTENT, 'events'))
  .filter((file) => file.endsWith('.yaml'))
  .map((file) => file.replace(/\.yaml$/u, ''));
const meta = (html: string, key: string) =>
  html.match(new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`, 'u'))?.[1];

/** Width and height from a PNG's IHDR chunk, or undefined when the bytes are no PNG. */
function pngSize(bytes: Buffer): { width: number; height: number } | undefined {
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  if (!bytes.subarray(0, 8).equals(signature) || bytes.toString('latin1', 12, 16) !== 'IHDR') return undefined;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('Open Graph image per event', () => {
  const images = new Map<string, Buffer>();

  for (const event of events) {
    it(`/ereignisse/${event}/ names its own PNG of 1200×630 with an absolute address`, () => {
      const html = readFileSync(join(DIST, 'ereignisse', event, 'index.html'), 'utf8');
      const url = new URL(meta(html, 'og:image') ?? 'missing:');
      const canonical = new URL(meta(html, 'og:url')!);
      expect(url.origin).toBe(canonical.origin);
      expect(url.pathname).toBe(`${canonical.pathname}vorschau.png`);
      expect(meta(html, 'og:image:width')).toBe('1200');
      expect(meta(html, 'og:image:height')).toBe('630');
      expect(meta(html, 'og:image:alt')).toMatch(/\S/u);
      expect(meta(html, 'twitter:card')).toBe('summary_large_image');
      const file = join(DIST, 'ereignisse', event, 'vorschau.png');
      expect(existsSync(file)).toBe(true);
      const bytes = readFileSync(file);
      expect(pngSize(bytes)).toEqual({ width: 1200, height: 630 });
      images.set(event, bytes);
    });
  }

  it('draws each event its own card', () => {
    const distinct = new Set([...images.values()].map((bytes) => bytes.toString('base64')));
    expect(distinct.size).toBe(events.length);
  });
});
