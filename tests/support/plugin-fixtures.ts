import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Root } from 'hast';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified, type Plugin } from 'unified';
import { describe, expect, it } from 'vitest';
import type { ClaimView } from '../../src/lib/view/view.ts';
import { siteRoutes } from '../../src/lib/view/routes.ts';
import { ROOT } from './paths.ts';

/**
 * Fixtures of one plugin, as the unified collective keeps them (remark-gfm,
 * rehype-autolink-headings): `tests/fixtures/plugins/<plugin>/<case>/` holds `input.html`, an
 * optional `options.json` and `output.html`, the expected HTML (checked by hand once).
 * `UPDATE_FIXTURES=1` rewrites the outputs; read the diff before committing it.
 */
export const pluginFixtures = (plugin: string): string => resolve(ROOT, 'tests/fixtures/plugins', plugin);

const UPDATE = process.env.UPDATE_FIXTURES === '1';

/** Claim links in fixtures: the site's, at the root. */
export const { claimHref } = siteRoutes('/');

/** A claim as a fixture names it. */
export interface FixtureClaim {
  number: number;
  kind: ClaimView['kind'];
  /** Articles that report it (only their number shows). */
  articles: string[];
}

/** The claim a fixture names, as the plugins get it: its id is `aussage-<number>`, its tone its kind. */
export function fixtureClaim(claim: FixtureClaim): ClaimView {
  const id = `aussage-${claim.number}`;
  return {
    id,
    label: id,
    labelOrigin: 'maschinell',
    kind: claim.kind,
    origin: 'maschinell',
    event: null,
    story: null,
    articles: claim.articles,
    passages: [],
    links: [],
    number: claim.number,
    tone: claim.kind,
  };
}

/** A case's `options.json`, or an empty object when it has none. */
export function fixtureOptions<F>(dir: string): F {
  const path = resolve(dir, 'options.json');
  return (existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : {}) as F;
}

/**
 * Expects `actual` to be the case's `output.html`; with `UPDATE_FIXTURES=1` writes it there
 * first. Fails naming the case when the output is missing.
 */
export function expectOutput(dir: string, name: string, actual: string): void {
  const outputPath = resolve(dir, 'output.html');
  if (UPDATE) writeFileSync(outputPath, actual);
  expect(existsSync(outputPath), `${name}/output.html is missing; run with UPDATE_FIXTURES=1 and check it`).toBe(true);
  expect(actual).toBe(readFileSync(outputPath, 'utf8'));
}

/** The cases of a plugin's fixture folder, sorted. */
export function fixtureCases(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();
}

/**
 * Where each of `texts` stands in `input`, `[start, end)`, as the plugins' source ranges: our
 * plugins take ranges of the source they were parsed from (Markdown in the site, HTML here).
 * The texts are found in the order given, each after the one before, so a fixture names its
 * ranges by the source they cover (tags included) instead of by counted offsets. Fails naming a
 * text that is not there.
 */
export function sourceRanges(input: string, texts: readonly string[]): { start: number; end: number }[] {
  let cursor = 0;
  return texts.map((text) => {
    const start = input.indexOf(text, cursor);
    if (start < 0) throw new Error(`"${text}" is not in input.html after offset ${cursor}`);
    cursor = start + text.length;
    return { start, end: cursor };
  });
}

/** Runs only `plugin` on an HTML fragment: rehype-parse, the plugin, rehype-stringify. */
export function runPlugin<O>(plugin: Plugin<[O], Root>, options: O, input: string): string {
  return String(
    unified()
      .use(rehypeParse, { fragment: true })
      .use(plugin as Plugin<[O], Root, Root>, options)
      .use(rehypeStringify)
      .processSync(input),
  );
}

/**
 * One test per case of `plugin`'s fixture folder: `makeOptions` turns the case's `options.json`
 * (an empty object when there is none) and its input into the plugin's options.
 */
export function describeFixtures<F, O>(
  plugin: string,
  transformer: Plugin<[O], Root>,
  makeOptions: (fixture: F, input: string) => O,
): void {
  const folder = pluginFixtures(plugin);
  const cases = fixtureCases(folder);
  describe(`${plugin} fixtures (tests/fixtures/plugins/${plugin})`, () => {
    it('has cases', () => {
      expect(cases.length).toBeGreaterThanOrEqual(3);
    });

    it.each(cases)('%s', (name) => {
      const dir = resolve(folder, name);
      const input = readFileSync(resolve(dir, 'input.html'), 'utf8');
      expectOutput(dir, name, runPlugin(transformer, makeOptions(fixtureOptions<F>(dir), input), input));
    });
  });
}
