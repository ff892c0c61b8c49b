import { describe, expect, it } from 'vitest';
import {
  claimFilterData,
  claimFilterSearch,
  parseClaimFilter,
  showsClaim,
  showsOnlyHere,
  type ClaimFilter,
} from '../../src/lib/view/filter.ts';
import { MAX_COLUMNS, columnsSearch, defaultColumns, parseColumns } from '../../src/lib/view/columns.ts';
import { CLAIMS_LISTED_UP_TO, listedClaims } from '../../src/lib/view/page-limits.ts';
import type { ClaimView } from '../../src/lib/view/view.ts';

const articles = ['a', 'b', 'c', 'd', 'e', 'f'];

function claim(kind: ClaimView['kind'], reportedBy: string[], contradicted = false): ClaimView {
  return {
    id: reportedBy.join(''),
    label: 'Aussage',
    labelOrigin: 'maschinell',
    kind,
    origin: 'maschinell',
    event: 'e',
    story: null,
    articles: reportedBy,
    passages: [],
    links: [],
    number: 1,
    tone: contradicted ? 'widerspruch' : kind,
  };
}

describe('the claim filter of an event page', () => {
  const agencyCopy = claimFilterData(claim('wortgleich', ['a', 'b']), articles.length);
  const disputed = claimFilterData(claim('sinngleich', ['a', 'c'], true), articles.length);
  const everywhere = claimFilterData(claim('sinngleich', articles), articles.length);
  const all = [agencyCopy, disputed, everywhere];
  const shown = (filter: ClaimFilter) => all.filter((data) => showsClaim(filter, data));

  it('shows everything by default, and each narrowing shows only its kind', () => {
    expect(shown({ show: 'alle' })).toEqual(all);
    expect(shown({ show: 'widersprueche' })).toEqual([disputed]);
    expect(shown({ show: 'wortgleich' })).toEqual([agencyCopy]);
    expect(shown({ show: 'alle-artikel' })).toEqual([everywhere]);
  });

  it('for one article shows what it alone reports instead of claims', () => {
    const filter: ClaimFilter = { show: 'artikel', article: 'b' };
    expect(shown(filter)).toEqual([]);
    expect(articles.filter((id) => showsOnlyHere(filter, id))).toEqual(['b']);
    expect(articles.filter((id) => showsOnlyHere({ show: 'alle' }, id))).toEqual(articles);
  });

  it('survives the round trip through the address, keeping other parameters', () => {
    const filters: ClaimFilter[] = [
      { show: 'alle' },
      { show: 'widersprueche' },
      { show: 'wortgleich' },
      { show: 'alle-artikel' },
      { show: 'artikel', article: 'c' },
    ];
    for (const filter of filters) {
      const search = claimFilterSearch(filter, '?spalten=a,b');
      expect(parseClaimFilter(search, articles)).toEqual(filter);
      expect(new URLSearchParams(search).get('spalten')).toBe('a,b');
    }
    expect(claimFilterSearch({ show: 'alle' })).toBe('');
  });

  it('reads an unknown or mistyped address as the whole page, never as an empty one', () => {
    expect(parseClaimFilter('?zeige=alles-mögliche', articles)).toEqual({ show: 'alle' });
    expect(parseClaimFilter('?zeige=artikel&artikel=gibt-es-nicht', articles)).toEqual({ show: 'alle' });
    expect(parseClaimFilter('?zeige=artikel', articles)).toEqual({ show: 'alle' });
  });
});

describe('the columns of an event page', () => {
  it('shows the first articles, at most four, until the reader picks', () => {
    expect(defaultColumns(articles)).toEqual(articles.slice(0, MAX_COLUMNS));
    expect(parseColumns('', articles)).toEqual(articles.slice(0, MAX_COLUMNS));
    expect(defaultColumns(['a', 'b'])).toEqual(['a', 'b']);
  });

  it('takes known articles from the address in the order given, without repeats, at most four', () => {
    expect(parseColumns('?spalten=f,a,f,x,e,d,c', articles)).toEqual(['f', 'a', 'e', 'd']);
    expect(parseColumns('?spalten=x,y', articles)).toEqual(articles.slice(0, MAX_COLUMNS));
  });

  it('writes only a choice that differs from the default into the address', () => {
    expect(columnsSearch(articles.slice(0, MAX_COLUMNS), articles, '?zeige=wortgleich')).toBe('?zeige=wortgleich');
    const search = columnsSearch(['f', 'a'], articles, '?zeige=wortgleich');
    expect(parseColumns(search, articles)).toEqual(['f', 'a']);
    expect(search).toContain('spalten=f,a');
  });
});

describe('how many claims an event page lists', () => {
  it('lists the most reported claims up to the limit, and every contradicted claim after it', () => {
    const many = Array.from({ length: CLAIMS_LISTED_UP_TO + 50 }, (_, index) => ({
      id: String(index),
      tone: index === CLAIMS_LISTED_UP_TO + 7 ? 'widerspruch' : 'sinngleich',
    }));
    const listed = listedClaims(many);
    expect(listed).toHaveLength(CLAIMS_LISTED_UP_TO + 1);
    expect(listed.slice(0, CLAIMS_LISTED_UP_TO)).toEqual(many.slice(0, CLAIMS_LISTED_UP_TO));
    expect(listed.at(-1)!.tone).toBe('widerspruch');
    expect(listedClaims(many.slice(0, 10))).toEqual(many.slice(0, 10));
  });
});
