import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sourcePageId } from '../../src/lib/content/provenance.ts';
import { readArticleFiles } from '../support/articles.ts';
import { buildContentCopy } from '../support/astro.ts';
import { DIST, SOURCES } from '../support/paths.ts';
import {
  LONG_SOURCE_LINE,
  LONG_URL,
  OUTLET,
  PROVENANCE_SLUG,
  PROVENANCE_SOURCE,
  addFrontmatter,
  htmlText,
  withOutletAndUrl,
} from '../support/provenance.ts';

/**
 * Provenance on the built site (run `npm run build` first): each article page says where its
 * text comes from in words and links to a page that shows the raw source as received, with the
 * removed debris struck out and explained. Copies of the content show the optional fields
 * `outlet` and `url`, and that a bad address fails the build.
 */
const page = (out: string, path: string) => readFileSync(join(out, path, 'index.html'), 'utf8');
const main = (html: string) => html.slice(html.indexOf('<main'), html.indexOf('</main>'));
/** Each removed piece on a source page, with the reason shown after it (if shown there). */
const struckOut = (html: string) =>
  [...html.matchAll(/<del>([^<]*)<\/del>(?: <span class="source-text__reason">\[entfernt: ([^<]*)\]<\/span>)?/g)].map(
    (m) => ({ text: htmlText(m[1]!), reason: m[2] === undefined ? undefined : htmlText(m[2]) }),
  );
/** The lines of a source page as a reader sees them without the reasons, one per list item. */
const shownLines = (html: string) =>
  [...main(html).matchAll(/<li id="zeile-\d+">(.*?)<\/li>/g)].map((m) =>
    htmlText(m[1]!.replace(/ <span class="source-text__reason">.*?<\/span>/g, '')),
  );

const articles = readArticleFiles().map((article) => ({
  slug: article.slug,
  source: String(article.frontmatter.source),
  variant: String(article.frontmatter.variant),
  basis: String((article.frontmatter.published as { basis: string }).basis),
  outlet: (article.frontmatter.outlet as { name: string } | undefined)?.name,
  url: article.frontmatter.url as string | undefined,
  removed: (article.frontmatter.removed as { text: string; reason: string }[] | null) ?? [],
}));

describe('provenance in dist/', () => {
  it('covers every article: a page for each and a source page for each source', () => {
    expect(articles.length).toBeGreaterThan(0);
    expect(readdirSync(join(DIST, 'artikel')).sort()).toEqual(articles.map((a) => a.slug).sort());
    expect(readdirSync(join(DIST, 'quellen')).sort()).toEqual(
      [...new Set(articles.map((a) => sourcePageId(a.source)))].sort(),
    );
  });

  for (const article of articles) {
    const sourcePath = `quellen/${sourcePageId(article.source)}`;

    describe(article.slug, () => {
      it('says where its text comes from in words, not as a file name, and links to its source page', () => {
        const html = page(DIST, `artikel/${article.slug}`);
        expect(html).toContain(`<a href="/${sourcePath}/">`);
        expect(existsSync(join(DIST, sourcePath, 'index.html'))).toBe(true);
        const text = htmlText(main(html));
        expect(text).not.toContain(article.source);
        expect(text).toContain('Herkunft des Textes');
        // Known or said to be unknown, never left out (the five seeds name neither).
        expect(text).toContain(article.outlet ?? 'Medium unbekannt: Weder der Text noch seine Quelle nennen es.');
        expect(text).toContain(article.url ?? 'Die Quelle nennt keine Adresse.');
        expect(text).toContain(article.basis);
        expect(text).toContain(article.variant === 'de-CH' ? 'Schweizer Schreibweise' : 'Deutsche Schreibweise');
      });

      it('has a source page that shows the raw text exactly, line by line', () => {
        const raw = readFileSync(join(SOURCES, article.source), 'utf8');
        expect(shownLines(page(DIST, sourcePath))).toEqual(raw.replace(/\r?\n$/, '').split(/\r?\n/));
      });

      it('strikes out every removed line in a <del>, followed by its reason', () => {
        const shown = struckOut(page(DIST, sourcePath));
        expect(shown).toHaveLength(article.removed.length);
        for (const removed of article.removed) expect(shown).toContainEqual(removed);
      });

      it('links back to the article, and stays out of the search index', () => {
        const html = page(DIST, sourcePath);
        expect(html).toContain(`<a href="/artikel/${article.slug}/">Zurück zum Artikel`);
        expect(html).not.toContain('data-pagefind-body');
      });
    });
  }

  it('the seed of 003 shows a removed text that is only part of a line, the rest of the line kept', () => {
    const html = page(DIST, 'quellen/003_de12604f73b84f1c');
    const line = shownLines(html).find((l) => l.includes('https://t.co/'))!;
    expect(line.startsWith('„Das Wrack in der Ukraine')).toBe(true);
    expect(html).toMatch(/in Charkiw gefunden\.<del>https:\/\/t\.co\/FUJvRB4PWN pic\.twitter\.com\/2zPBjtSbZx<\/del>/);
  });
});

describe('provenance in builds of content copies', () => {
  const work = mkdtempSync(join(tmpdir(), 'synopse-provenance-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('shows outlet and original address when the frontmatter gives them, and reads sources from the content folder', () => {
    const build = buildContentCopy(join(work, 'outlet'), withOutletAndUrl);
    expect(build.status, build.output.slice(-3000)).toBe(0);
    const article = page(build.out, `artikel/${PROVENANCE_SLUG}`);
    const escapedUrl = LONG_URL.replace(/&/g, '&amp;');
    expect(htmlText(main(article))).toContain(`${OUTLET} (so steht es in der Fußzeile der Seite)`);
    expect(article).toContain(`<a href="${escapedUrl}" rel="external noreferrer">${escapedUrl}</a>`);
    // Beside the headline, the outlet and a link to the original.
    expect(article).toContain(`<a href="${escapedUrl}" rel="external noreferrer">Zum Original</a>`);
    // Its own outlet is known (other articles listed beside it may still be unknown).
    expect(htmlText(main(article))).not.toContain('Medium unbekannt: Weder der Text noch seine Quelle nennen es.');
    // The event page names the column by its outlet and links to the original.
    const event = page(build.out, 'ereignisse/gipfel-wostotschny-2023');
    expect(htmlText(event)).toContain(OUTLET);
    expect(event).toContain(`<a href="${escapedUrl}" rel="external noreferrer">Original</a>`);
    // The other articles still say plainly that they do not know.
    expect(htmlText(main(page(build.out, 'artikel/putin-auf-staatsbesuch-in-nordkorea')))).toContain(
      'Medium unbekannt',
    );
    const source = page(build.out, `quellen/${sourcePageId(PROVENANCE_SOURCE)}`);
    expect(shownLines(source).at(-1)).toBe(LONG_SOURCE_LINE);
  });

  it('refuses an address that is not https, naming the file and the field', () => {
    const build = buildContentCopy(join(work, 'http'), (content) =>
      addFrontmatter(content, PROVENANCE_SLUG, ["url: 'http://www.example.ch/artikel'"]),
    );
    expect(build.status).not.toBe(0);
    expect(build.output).toMatch(
      new RegExp(
        `articles/${PROVENANCE_SLUG}\\.md: field "url": expected the original address starting with https://, found the text "http://www\\.example\\.ch/artikel"`,
      ),
    );
  });

  it('refuses a removed line that is not in the source, naming the file and the field', () => {
    const build = buildContentCopy(join(work, 'removed'), (content) => {
      const path = join(content, 'articles', `${PROVENANCE_SLUG}.md`);
      writeFileSync(path, readFileSync(path, 'utf8').replace("text: 'Partner-Inhalte'", "text: 'Partner-Angebote'"));
    });
    expect(build.status).not.toBe(0);
    expect(build.output).toMatch(
      new RegExp(`articles/${PROVENANCE_SLUG}\\.md: field "removed": the text "Partner-Angebote" is not in `),
    );
  });
});
