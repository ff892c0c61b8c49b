import { afterEach, describe, expect, it } from 'vitest';
import { findChromium } from '../../scripts/lib/chromium.ts';

describe('finding a Chromium for browser tests', () => {
  const saved = process.env.CHROMIUM_PATH;
  afterEach(() => {
    if (saved === undefined) delete process.env.CHROMIUM_PATH;
    else process.env.CHROMIUM_PATH = saved;
  });

  it('fails, saying how to install one, when none is found (never skips)', () => {
    delete process.env.CHROMIUM_PATH;
    expect(() => findChromium(['/nirgends/chromium'])).toThrow(
      /No Chromium found .*apt-get install -y chromium.*CHROMIUM_PATH/s,
    );
  });

  it('fails when CHROMIUM_PATH points at nothing', () => {
    process.env.CHROMIUM_PATH = '/nirgends/chrome';
    expect(() => findChromium()).toThrow(/CHROMIUM_PATH is set to \/nirgends\/chrome, but no file is there/);
  });
});
