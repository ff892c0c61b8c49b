/**
 * `node scripts/screenshots.ts`: the README's screenshots of the event page (docs/screenshots/),
 * taken from the built site (`npm run build` first) at 1,440, 768 and 360 px, each scrolled to
 * the columns: the switcher where the width shows one, else the columns, 16 px below the top.
 * Run it when the event page changes how it looks, and look at the pictures before committing.
 */
import { chromium } from 'playwright-core';
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium } from './lib/chromium.ts';
import { serveStatic } from './lib/static-server.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const dist = resolve(ROOT, process.env.SYNOPSE_OUT_DIR ?? 'dist');
const out = join(ROOT, 'docs/screenshots');
/** The event the README shows: four articles, marks of every kind. */
const EVENT = 'gipfel-wostotschny-2023';
/** Desktop, tablet and phone, with the window heights the README's pictures have. */
const VIEWPORTS = [
  { width: 1440, height: 900 },
  { width: 768, height: 1024 },
  { width: 360, height: 780 },
];

if (!existsSync(join(dist, 'index.html'))) {
  process.stderr.write(`screenshots: ${dist} holds no built site. Run npm run build first.\n`);
  process.exit(1);
}
mkdirSync(out, { recursive: true });
const site = await serveStatic(dist);
const browser = await chromium.launch({ executablePath: findChromium(), args: ['--no-sandbox', '--disable-gpu'] });
try {
  for (const viewport of VIEWPORTS) {
    const page = await browser.newPage({ viewport });
    await page.goto(`${site.url}ereignisse/${EVENT}/`);
    await page.evaluate(() => {
      const switcher = document.querySelector<HTMLElement>('[data-column-switcher]');
      const target =
        switcher && switcher.offsetParent !== null
          ? switcher
          : document.querySelector<HTMLElement>('[data-comparison]');
      window.scrollTo({ top: target!.getBoundingClientRect().top + window.scrollY - 16, behavior: 'instant' });
    });
    const file = join(out, `ereignis-${viewport.width}.png`);
    await page.screenshot({ path: file });
    process.stdout.write(`${file}\n`);
    await page.close();
  }
} finally {
  await browser.close();
  await site.close();
}
