import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { builtPages } from '../support/pages.ts';
import { DIST } from '../support/paths.ts';

const fileOf = (page: string) => join(DIST, page.endsWith('/') ? `${page}index.html` : page);
const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });

describe('every built page is valid HTML (html-validate, recommended rules)', () => {
  for (const page of builtPages()) {
    it(page, async () => {
      const report = await validator.validateFile(fileOf(page));
      const messages = report.results.flatMap((r) =>
        r.messages.map((m) => `${m.ruleId} (${m.line}:${m.column}): ${m.message}`),
      );
      expect(messages).toEqual([]);
    });
  }
});

describe('no broken internal link or anchor in dist/', () => {
  const pages = builtPages();
  const ids = new Map(
    pages.map((page) => {
      const html = readFileSync(fileOf(page), 'utf8');
      return [page, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!))];
    }),
  );
  const exists = (path: string) => {
    if (ids.has(path)) return true;
    try {
      readFileSync(join(DIST, path));
      return true;
    } catch {
      return false;
    }
  };

  it('checks a meaningful number of links', () => {
    const count = pages.reduce(
      (n, page) => n + [...readFileSync(fileOf(page), 'utf8').matchAll(/\shref="/g)].length,
      0,
    );
    expect(count).toBeGreaterThan(500);
  });

  for (const page of pages) {
    it(page, () => {
      const html = readFileSync(fileOf(page), 'utf8');
      const broken: string[] = [];
      for (const [, href] of html.matchAll(/\shref="([^"]*)"/g)) {
        if (/^(https?:|mailto:)/.test(href!)) continue;
        const url = new URL(href!.replace(/&amp;/g, '&'), `http://site${page}`);
        if (url.host !== 'site') continue;
        const path = decodeURIComponent(url.pathname);
        if (!exists(path)) broken.push(`${href} (no page ${path})`);
        else if (url.hash && !ids.get(path)?.has(decodeURIComponent(url.hash.slice(1))))
          broken.push(`${href} (no id ${url.hash})`);
      }
      expect(broken).toEqual([]);
    });
  }
});
