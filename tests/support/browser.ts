import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser } from 'playwright-core';
import { serveStatic, type StaticSite } from '../../scripts/lib/static-server.ts';
import { DIST } from './paths.ts';
import { findChromium } from '../../scripts/lib/chromium.ts';

export { findChromium };

/** Starts headless Chromium with the flags this sandbox needs (no background network, no sandbox as root). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** The built site served on a free port and a Chromium to read it, for one test file. */
export interface BuiltSite {
  /** Origin with trailing slash. */
  readonly url: string;
  readonly browser: Browser;
}

/**
 * Serves a built site (`dist/` unless given; a function is asked once the file's hooks run, so a
 * test can build its own copy first) and starts Chromium before the file's tests; stops both after.
 */
export function useBuiltSite(root: string | (() => string) = DIST): BuiltSite {
  let site: StaticSite | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    site = await serveStatic(typeof root === 'string' ? root : root());
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  return {
    get url() {
      return site!.url;
    },
    get browser() {
      return browser!;
    },
  };
}
