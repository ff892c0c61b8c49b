import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ClaimsResult } from '../../src/lib/claims/types.ts';
import { buildCopyWithArticle, type BuiltCopy } from '../support/astro.ts';

/**
 * Two articles give the distance from Wostotschny to Wladiwostok as "etwa 1.000" and "mehr als
 * 1500" kilometres. A third article with yet another figure gives the claim a second
 * contradiction, and its page two contradiction sections. Each section is a landmark, so each
 * needs a name of its own (html-validate's unique-landmark rule, and screen readers' region list).
 */
const work = mkdtempSync(join(tmpdir(), 'synopse-contradictions-'));
let build: BuiltCopy;
let out = '';

beforeAll(() => {
  build = buildCopyWithArticle(
    work,
    {
      slug: 'dritte-entfernung',
      title: 'Dritte Entfernung',
      body:
        'Kim Jong Un ist zu Gesprächen mit Wladimir Putin nach Russland gereist. ' +
        'Der Weltraumbahnhof Wostotschny liegt rund 800 Kilometer nördlich von Wladiwostok entfernt.',
    },
    { timeout: 120_000 },
  );
  out = build.out;
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a claim with two contradictions', () => {
  it('builds', () => {
    expect(build.status, build.output.slice(-3000)).toBe(0);
  });

  it('has a valid page whose contradiction sections have unique names', async () => {
    const claims = JSON.parse(readFileSync(join(out, 'claims.json'), 'utf8')) as ClaimsResult;
    const perClaim = Map.groupBy(claims.contradictions, (c) => c.claim);
    const claim = [...perClaim].find(([, list]) => list.length >= 2)?.[0];
    expect(claim, 'the third article should add a second contradiction to one claim').toBeDefined();

    const page = join(out, 'aussagen', claim!, 'index.html');
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
    const report = await validator.validateFile(page);
    expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`))).toEqual([]);

    const html = readFileSync(page, 'utf8');
    const names = [...html.matchAll(/<section class="contradiction" aria-labelledby="([^"]+)"/g)].map((m) => {
      const heading = new RegExp(`<h2 id="${m[1]!}">([^<]*)</h2>`).exec(html);
      return heading?.[1];
    });
    expect(names).toEqual(['Widerspruch 1 von 2', 'Widerspruch 2 von 2']);
  });
});
