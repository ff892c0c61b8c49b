import AxeBuilder from '@axe-core/playwright';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClaimsResult } from '../../src/lib/claims/types.ts';
import { buildContentCopy, type BuiltCopy } from '../support/astro.ts';
import { useBuiltSite } from '../support/browser.ts';
import { DIST } from '../support/paths.ts';
import { SIXTH, SIXTH_SLUG } from '../support/sixth-article.ts';

/**
 * Adds a sixth article (tests/fixtures/sixth-article) to a copy of the content, builds that copy
 * and reads it as a visitor would: every page valid, accessible and no wider than a phone, and the
 * pages of claims that the new article does not touch still where they were.
 */
const work = mkdtempSync(join(tmpdir(), 'synopse-sixth-'));
const out = join(work, 'dist'); // where buildContentCopy builds
afterAll(() => rmSync(work, { recursive: true, force: true }));

let build: BuiltCopy | undefined;
beforeAll(() => {
  build = buildContentCopy(work, (content) => {
    cpSync(join(SIXTH, 'articles'), join(content, 'articles'), { recursive: true });
    cpSync(join(SIXTH, 'sources'), join(content, 'sources'), { recursive: true });
  });
}, 170_000);
const built = useBuiltSite(() => out);

function pages(dir: string): string[] {
  const found: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory() && entry.name !== 'pagefind' && entry.name !== '_astro') walk(path);
      else if (entry.name.endsWith('.html')) found.push(`/${relative(dir, path)}`.replace(/index\.html$/, ''));
    }
  };
  walk(dir);
  return found.sort();
}
const claimsOf = (dir: string) => JSON.parse(readFileSync(join(dir, 'claims.json'), 'utf8')) as ClaimsResult;
const passageSet = (claim: ClaimsResult['claims'][number]) =>
  claim.passages.map((p) => `${p.article}#${p.anchor}`).join(' ');

describe('the site with a sixth article', () => {
  it('builds', () => {
    expect(build?.status, build?.output.slice(-3000)).toBe(0);
  });

  it('shows the new article and compares it with the others', () => {
    const result = claimsOf(out);
    expect(result.articles.map((a) => a.id)).toContain(SIXTH_SLUG);
    expect(result.claims.some((c) => c.articles.includes(SIXTH_SLUG))).toBe(true);
    expect(pages(out)).toContain(`/artikel/${SIXTH_SLUG}/`);
  });

  it('keeps the page of every claim whose passages did not change', () => {
    const before = new Map(claimsOf(DIST).claims.map((c) => [passageSet(c), c.id]));
    const kept = claimsOf(out).claims.filter((c) => before.has(passageSet(c)));
    expect(kept.length).toBeGreaterThan(0);
    const built = new Set(pages(out));
    for (const claim of kept) {
      expect(claim.id).toBe(before.get(passageSet(claim)));
      expect(built.has(`/behauptungen/${claim.id}/`), claim.label).toBe(true);
    }
  });

  it('has only valid HTML pages (html-validate, recommended rules)', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
    const problems: string[] = [];
    for (const page of pages(out)) {
      const file = join(out, page.endsWith('/') ? `${page}index.html` : page);
      const report = await validator.validateFile(file);
      for (const result of report.results)
        for (const m of result.messages) problems.push(`${page} ${m.ruleId} (${m.line}:${m.column}): ${m.message}`);
    }
    expect(problems).toEqual([]);
  });

  for (const path of ['', 'vergleich/', `artikel/${SIXTH_SLUG}/`]) {
    it(`/${path} has no axe violation and fits a 360 px phone`, async () => {
      const context = await built.browser.newContext({ viewport: { width: 360, height: 800 } });
      const page = await context.newPage();
      await page.goto(`${built.url}${path}`);
      const { violations } = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
        .analyze();
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      await context.close();
      expect(violations.map((v) => v.id)).toEqual([]);
      expect(overflow).toBeLessThanOrEqual(0);
    });
  }
});
