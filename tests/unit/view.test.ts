import { describe, expect, it } from 'vitest';
import { analyseCorpus } from '../../src/lib/claims/engine.ts';
import { articleKinds, claimViews, eventKinds, marksForArticle, passageKinds } from '../../src/lib/view/view.ts';
import type { EngineArticle } from '../../src/lib/claims/types.ts';

const wire = 'Kim war in seinem schwer gepanzerten Sonderzug aus dem abgeschotteten Land angereist.';
const satellites = 'Putin sicherte Nordkorea Hilfe beim Bau von Satelliten zu.';
const articles: EngineArticle[] = [
  { id: 'a', event: 'gipfel', body: `${wire} ${satellites} Das Wetter in der Hauptstadt war mild.\n` },
  { id: 'b', event: 'gipfel', body: `Die Börse schloss mit leichten Gewinnen. ${wire}\n` },
  {
    id: 'c',
    event: 'gipfel',
    body: 'Russland will Nordkorea nach den Worten Putins beim Bau von Satelliten unterstützen.\n',
  },
];
const result = analyseCorpus(articles);
const views = claimViews(result);

describe('the view layer', () => {
  it('numbers claims from 1 in their listed order', () => {
    expect(views.map((v) => v.number)).toEqual(views.map((_, i) => i + 1));
    expect(views.map((v) => v.id)).toEqual(result.claims.map((c) => c.id));
  });

  it('marks each shared sentence of an article once, in text order, pointing at its text', () => {
    const marks = marksForArticle(result, views, 'a');
    expect(marks.map((m) => articles[0]!.body.slice(m.start, m.end))).toEqual([wire, satellites]);
    expect(marks.every((m) => m.claims.length === 1)).toBe(true);
    expect(marksForArticle(result, views, 'b').map((m) => articles[1]!.body.slice(m.start, m.end))).toEqual([wire]);
  });
});

describe('the kinds a legend explains', () => {
  it('are the kinds an article shows, in legend order, and none it does not show', () => {
    // a: agency copy shared with b, a paraphrase shared with c, and a sentence of its own.
    expect(articleKinds(result, views, 'a')).toEqual(['sinngleich', 'wortgleich', 'nur-hier']);
    expect(articleKinds(result, views, 'b')).toEqual(['wortgleich', 'nur-hier']);
    // c's only sentence is shared: nothing is "nur hier" on its page.
    expect(articleKinds(result, views, 'c')).toEqual(['sinngleich']);
  });

  it('are those of every column on an event page', () => {
    expect(eventKinds(result, views, ['a', 'b', 'c'])).toEqual(['sinngleich', 'wortgleich', 'nur-hier']);
  });

  it('name a contradiction, not the wording, for a contradicted sentence', () => {
    const wireClaim = views.find((v) => v.kind === 'wortgleich')!;
    const [mark] = marksForArticle(result, [wireClaim], 'b');
    expect(passageKinds({ marks: [{ ...mark!, contradicted: true }], claims: [], unique: false })).toEqual([
      'widerspruch',
    ]);
    expect(passageKinds({ marks: [], claims: [{ ...wireClaim, tone: 'widerspruch' }], unique: false })).toEqual([
      'widerspruch',
    ]);
  });

  it('are none on a page without marks, chips or sentences of its own', () => {
    expect(passageKinds({ marks: [], claims: [], unique: false })).toEqual([]);
  });
});
