import { describe, expect, it } from 'vitest';
import { renderArticle } from '../../src/lib/import/article-file.ts';
import { draftArticle } from '../../src/lib/import/draft.ts';
import { seedFromHtml } from '../../src/lib/import/html-seed.ts';
import { seedFromText } from '../../src/lib/import/seed.ts';
import { pageOrigin } from '../../src/lib/import/outlet.ts';

const page = (head: string) =>
  `<!doctype html><html lang="de"><head>${head}</head><body><h1>Putin trifft Kim</h1><p>Der Text. (dpa)</p></body></html>`;

describe('the outlet and address of an imported page', () => {
  it('takes the outlet from og:site_name and the address from the canonical link', () => {
    expect(
      pageOrigin(
        page(
          '<title>Putin trifft Kim | Anderer Name</title><meta property="og:site_name" content="Neue Zürcher Zeitung">' +
            '<link rel="canonical" href="https://www.nzz.ch/international/putin-ld.1">' +
            '<meta property="og:url" content="https://www.nzz.ch/anders">',
        ),
      ),
    ).toEqual({
      outlet: { name: 'Neue Zürcher Zeitung', basis: 'og:site_name' },
      url: 'https://www.nzz.ch/international/putin-ld.1',
    });
  });

  it('falls back to the <title> suffix, then to the address, and og:url gives the address without a canonical link', () => {
    expect(pageOrigin(page('<title>Putin trifft Kim | Tages-Anzeiger</title>'))).toEqual({
      outlet: { name: 'Tages-Anzeiger', basis: 'title' },
      url: undefined,
    });
    expect(
      pageOrigin(page('<title>Putin trifft Kim</title><meta property="og:url" content="https://www.srf.ch/news/1">')),
    ).toEqual({
      outlet: { name: 'srf.ch', basis: 'address' },
      url: 'https://www.srf.ch/news/1',
    });
  });

  it('states nothing where the page states nothing, and never an address that is not https', () => {
    expect(
      pageOrigin(page('<title>Putin trifft Kim</title><link rel="canonical" href="http://example.ch/a">')),
    ).toEqual({});
  });

  it('writes outlet and url into the draft, or a TO FILL IN comment for each', () => {
    const hints = { events: ['gipfel'] };
    const html = page('<meta property="og:site_name" content="NZZ"><link rel="canonical" href="https://www.nzz.ch/a">');
    const known = renderArticle(draftArticle(seedFromHtml(html), { source: 'a.txt', event: 'gipfel' }), hints);
    expect(known).toContain("outlet:\n  name: 'NZZ'\n  basis: og:site_name\n");
    expect(known).toContain("url: 'https://www.nzz.ch/a'\n");
    const text = renderArticle(
      draftArticle(seedFromText('Putin trifft Kim\nDer Text. (dpa)\n', 'text'), { source: 'b.txt', event: 'gipfel' }),
      hints,
    );
    expect(text).toMatch(/^# outlet: TO FILL IN/m);
    expect(text).toMatch(/^# url: TO FILL IN/m);
    expect(text).not.toMatch(/^outlet:/m);
  });
});
