import { describe, expect, it } from 'vitest';
import { analyseCorpus } from '../../src/lib/claims/engine.ts';
import type { ClaimsResult, EngineArticle } from '../../src/lib/claims/types.ts';
import { projectArticles } from '../support/gold.ts';

const article = (id: string, ...sentences: string[]): EngineArticle => ({ id, body: sentences.join(' ') + '\n' });
const linked = (result: ClaimsResult, x: string, y: string) =>
  result.claims.some(
    (claim) => claim.passages.some((p) => p.text.includes(x)) && claim.passages.some((p) => p.text.includes(y)),
  );
const filler = [
  'Das Wetter in der Hauptstadt war mild und sonnig.',
  'Die Börse schloss am Abend mit leichten Gewinnen.',
  'Im Fußball gewann der Tabellenführer knapp gegen den Aufsteiger.',
  'Ein Museum eröffnete eine Ausstellung über mittelalterliche Handschriften.',
];

describe('claim engine', () => {
  it('links paraphrases, including a compound and its spelled-out form', () => {
    const result = analyseCorpus([
      article('a', 'Russland will Nordkorea beim Satellitenbau unterstützen, sagte der Präsident.', filler[0]!),
      article('b', 'Der Präsident sagte, Russland werde Nordkorea beim Bau von Satelliten unterstützen.', filler[1]!),
    ]);
    expect(linked(result, 'Satellitenbau', 'Bau von Satelliten')).toBe(true);
    expect(result.claims[0]!.kind).toBe('sinngleich');
  });

  it('marks agency copy as wortgleich', () => {
    const wire = 'Kim war in seinem schwer gepanzerten Sonderzug aus dem abgeschotteten Land angereist.';
    const result = analyseCorpus([article('a', wire, filler[0]!), article('b', filler[1]!, wire)]);
    expect(result.claims).toHaveLength(1);
    expect(result.claims[0]!.kind).toBe('wortgleich');
    expect(result.claims[0]!.links[0]!.verbatim).toBe(true);
  });

  it('gives both values of a contradiction in its unit, converting miles', () => {
    const result = analyseCorpus([
      article('a', 'Die Rakete flog nach Angaben des Militärs 300 Meilen weit aufs Meer hinaus.', filler[0]!),
      article('b', 'Die Rakete flog nach Angaben des Militärs 1.000 Kilometer weit aufs Meer hinaus.', filler[1]!),
    ]);
    const [contradiction] = result.contradictions;
    expect(contradiction).toMatchObject({ kind: 'zahl', unit: 'km' });
    expect(contradiction!.passages.map((p) => Math.round(p.value!))).toEqual([483, 1000]);
  });

  it('reads agency copy with soft hyphens in long words as the same copy', () => {
    const wire =
      'Kim war in seinem schwer gepanzerten Sonderzug aus dem abgeschotteten kommunistischen Land angereist.';
    const hyphenated = wire
      .replace('abgeschotteten', 'abge\u00ADschot\u00ADteten')
      .replace('kommunistischen', 'kommu\u00ADnistischen');
    const result = analyseCorpus([article('a', wire, filler[0]!), article('b', filler[1]!, hyphenated)]);
    expect(result.claims).toHaveLength(1);
    expect(result.claims[0]!.kind).toBe('wortgleich');
  });

  // A denial is a negation too: a reported denial is no report of the fact.
  it.each([
    [
      'a statement and its negation',
      'Nordkorea wird Russland Artilleriemunition für den Krieg liefern.',
      'Nordkorea wird Russland keine Artilleriemunition für den Krieg liefern.',
      'keine',
    ],
    [
      'a statement and its denial',
      'Nordkorea liefert Artilleriegranaten an Russland für den Krieg in der Ukraine.',
      'Nordkorea bestritt, Artilleriegranaten an Russland für den Krieg in der Ukraine zu liefern.',
      'bestritt',
    ],
  ])('shows %s as a contradiction of kind negation', (_, stated, denied, word) => {
    const result = analyseCorpus([article('a', stated, filler[0]!), article('b', denied, filler[1]!)]);
    expect(result.contradictions.map((c) => [c.kind, c.passages.map((p) => p.phrase).sort()])).toEqual([
      ['negation', ['(bejaht)', word]],
    ]);
  });

  it('reports no negation contradiction where both deny, or where the negated sentence says something else', () => {
    const both = analyseCorpus([
      article('a', 'Nordkorea wird Russland keine Artilleriemunition für den Krieg liefern.', filler[0]!),
      article('b', 'Nordkorea wird Russland keine Artilleriemunition für den Krieg liefern, hieß es.', filler[1]!),
    ]);
    expect(both.claims).toHaveLength(1);
    expect(both.contradictions).toEqual([]);
    const other = analyseCorpus([
      article('a', 'Nordkorea wird Russland Artilleriemunition für den Krieg liefern.', filler[0]!),
      article('b', 'Das Wetter in Pjöngjang war nicht sonnig.', filler[1]!),
    ]);
    expect(other.contradictions).toEqual([]);
  });

  it('does not link the same people saying different things', () => {
    const result = analyseCorpus([
      article(
        'a',
        'Kremlsprecher Dmitri Peskow sagte, Verteidigungsminister Schoigu nehme an den Verhandlungen teil.',
        filler[0]!,
      ),
      article('b', 'Kremlsprecher Dmitri Peskow sagte, beide Länder kooperierten in sensiblen Bereichen.', filler[1]!),
    ]);
    expect(result.claims).toEqual([]);
  });

  it('does not link the same number used for different facts', () => {
    const result = analyseCorpus([
      article('a', 'Die Raketen flogen nach Angaben des Militärs rund 650 Kilometer weit ins Meer.', filler[0]!),
      article(
        'b',
        'Die Stadt liegt nach Angaben des Militärs rund 650 Kilometer von der Hauptstadt entfernt.',
        filler[1]!,
      ),
    ]);
    expect(result.claims).toEqual([]);
  });

  it('reports numbers that disagree about the same thing as a contradiction', () => {
    const result = analyseCorpus([
      article('a', 'Der Weltraumbahnhof liegt etwa 1.000 Kilometer von Wladiwostok entfernt.', filler[0]!),
      article('b', 'Der Weltraumbahnhof liegt mehr als 1500 Kilometer nördlich von Wladiwostok.', filler[1]!),
      article('c', 'Der Weltraumbahnhof liegt rund 1000 Kilometer von Wladiwostok entfernt.', filler[2]!),
    ]);
    expect(result.claims).toHaveLength(1);
    const phrases = result.contradictions.map((c) => c.passages.map((p) => p.phrase).sort());
    expect(phrases).toContainEqual(['etwa 1.000 Kilometer', 'mehr als 1500 Kilometer']);
    expect(phrases).toContainEqual(['mehr als 1500 Kilometer', 'rund 1000 Kilometer']);
    expect(phrases.some((p) => p.includes('etwa 1.000 Kilometer') && p.includes('rund 1000 Kilometer'))).toBe(false);
  });

  it('does not chain two unrelated claims through one sentence that touches both', () => {
    const result = analyseCorpus([
      article('a', 'Putin sicherte Nordkorea Hilfe beim Bau von Satelliten zu.', filler[0]!),
      article('b', 'Die USA drohten Nordkorea mit neuen Sanktionen wegen Waffenlieferungen.', filler[1]!),
      article(
        'c',
        'Putin sicherte Nordkorea Hilfe beim Bau von Satelliten zu, die USA drohten Nordkorea mit neuen Sanktionen wegen Waffenlieferungen.',
        filler[2]!,
      ),
    ]);
    expect(linked(result, 'Hilfe beim Bau', 'USA drohten')).toBe(true); // c links to both ...
    expect(result.claims.every((claim) => !(claim.articles.includes('a') && claim.articles.includes('b')))).toBe(true);
  });

  it('keeps one claim per fact in the project articles: no claim holds all passages of another, no sentence is in more than two', () => {
    const result = analyseCorpus(projectArticles());
    const key = (p: { article: string; anchor: string }) => `${p.article}#${p.anchor}`;
    const memberships = new Map<string, number>();
    for (const claim of result.claims)
      for (const p of claim.passages) memberships.set(key(p), (memberships.get(key(p)) ?? 0) + 1);
    expect(Math.max(...memberships.values())).toBeLessThanOrEqual(2);
    expect(result.stats.passagesInSeveralClaims).toBe([...memberships.values()].filter((n) => n > 1).length);
    for (const [i, x] of result.claims.entries()) {
      for (const y of result.claims.slice(i + 1)) {
        const shared = x.passages.filter((p) => y.passages.some((q) => key(q) === key(p))).length;
        expect(shared, `${x.label} / ${y.label}`).toBeLessThan(Math.min(x.passages.length, y.passages.length));
      }
    }
  });

  it('never makes a claim of a subhead', () => {
    const result = analyseCorpus(projectArticles());
    const headings = new Set(
      projectArticles().flatMap((a) => [...a.body.matchAll(/^## (.+)$/gm)].map((m) => m[1]!.trim())),
    );
    expect(headings.size).toBeGreaterThan(0);
    for (const claim of result.claims) for (const p of claim.passages) expect(headings.has(p.text)).toBe(false);
  });

  it('groups claims by event in the result', () => {
    const result = analyseCorpus(projectArticles());
    const events = new Map(result.events.map((e) => [e.id, e]));
    for (const claim of result.claims) {
      expect(events.get(claim.event)?.claims).toContain(claim.id);
      for (const id of claim.articles) expect(events.get(claim.event)?.articles).toContain(id);
    }
  });

  it('lists what only one article reports', () => {
    const result = analyseCorpus([
      article('a', 'Putin sicherte Nordkorea Hilfe beim Bau von Satelliten zu.', filler[0]!),
      article('b', 'Putin sicherte Nordkorea Hilfe beim Bau von Satelliten zu.', filler[1]!),
    ]);
    expect(result.unique.a!.map((p) => p.text)).toEqual([filler[0]]);
    expect(result.unique.b!.map((p) => p.text)).toEqual([filler[1]]);
  });

  it('calls a sentence unmatched only when nothing in the other articles comes close', () => {
    const talks = ['Die Gespräche dauerten mehr als vier Stunden.', 'Die Gespräche der Delegationen dauerten lange.'];
    const station = ['Putin empfing Kim am Weltraumbahnhof.', 'Kim reiste mit dem Zug zum Weltraumbahnhof.'];
    const result = analyseCorpus([
      { ...article('a', talks[0]!, station[0]!, filler[0]!), event: 'gipfel' },
      { ...article('b', talks[1]!, station[1]!, filler[1]!), event: 'gipfel' },
    ]);
    const texts = (list: readonly { text: string }[] | undefined) => (list ?? []).map((p) => p.text);
    // Close, yet not taken as the same statement: in no claim, and not "unmatched" either.
    expect(linked(result, talks[0]!, talks[1]!)).toBe(false);
    expect(texts(result.near.a)).toEqual([talks[0]]);
    expect(texts(result.near.b)).toEqual([talks[1]]);
    // Compared (they share a word) but nowhere near, and sentences nothing resembles: unmatched.
    expect(result.stats.pairsCompared).toBeGreaterThanOrEqual(2);
    expect(texts(result.unique.a)).toEqual([station[0], filler[0]]);
    expect(texts(result.unique.b)).toEqual([station[1], filler[1]]);
    expect(result.articles.map((x) => [x.id, x.near, x.unique])).toEqual([
      ['a', 1, 2],
      ['b', 1, 2],
    ]);
  });

  it('only groups articles of the same event', () => {
    const same = 'Putin sicherte Nordkorea Hilfe beim Bau von Satelliten zu.';
    const result = analyseCorpus([
      { ...article('a', same), event: 'gipfel' },
      { ...article('b', same), event: 'staatsbesuch' },
    ]);
    expect(result.claims).toEqual([]);
  });

  it('gives byte-identical output whatever the input order', () => {
    const articles = projectArticles();
    const forward = JSON.stringify(analyseCorpus(articles));
    const backward = JSON.stringify(analyseCorpus([...articles].reverse()));
    expect(backward).toBe(forward);
  });

  it('keeps claim ids when an unrelated article is added', () => {
    const articles = projectArticles();
    const before = analyseCorpus(articles);
    const unrelated = article(
      'aaa-fussball',
      'Der Tabellenführer gewann am Samstag knapp gegen den Aufsteiger.',
      'Der Trainer lobte nach dem Spiel die Abwehr seiner Mannschaft.',
      'Im Stadion sahen mehr als 40.000 Zuschauer die zweite Halbzeit.',
    );
    const after = analyseCorpus([...articles, { ...unrelated, event: articles[0]!.event }]);
    const byId = new Map(after.claims.map((c) => [c.id, c]));
    for (const claim of before.claims) {
      expect(
        byId.get(claim.id)?.passages.map((p) => `${p.article}#${p.anchor}`),
        claim.label,
      ).toEqual(claim.passages.map((p) => `${p.article}#${p.anchor}`));
    }
    expect(after.claims.some((c) => c.articles.includes('aaa-fussball'))).toBe(false);
  });

  it('compares candidate pairs from an index, not all pairs', () => {
    const result = analyseCorpus(projectArticles());
    const n = result.stats.sentences;
    expect(result.stats.pairsCompared).toBeLessThan((n * (n - 1)) / 2 / 5);
  });

  it('gives passages whose offsets point at their text', () => {
    const articles = projectArticles();
    const result = analyseCorpus(articles);
    for (const claim of result.claims) {
      for (const p of claim.passages) {
        const source = articles.find((a) => a.id === p.article)!;
        const field = p.field === 'lead' ? source.lead! : source.body;
        expect(field.slice(p.start, p.end)).toBe(p.text);
      }
    }
  });
});

describe('figures at the edge of what a number holds', () => {
  // A 309-digit figure was Infinity, and the engine's search for its last digit never ended.
  it('compares articles that state figures of hundreds of digits', () => {
    const huge = `1${'0'.repeat(400)}`;
    const result = analyseCorpus([
      article(
        'a',
        `Die Notenbank druckte ${huge} Dinar in der Nacht zum Montag.`,
        `Es waren 1${'0'.repeat(305)} Kilometer.`,
      ),
      article(
        'b',
        `Die Notenbank druckte ${huge} Dinar in der Nacht zum Montag.`,
        `Es waren 1${'0'.repeat(305)} Kilometer.`,
      ),
    ]);
    expect(result.claims.length).toBeGreaterThan(0);
  });
});

describe('claim ids when the corpus grows', () => {
  it('keeps every claim id when an unrelated article joins the event, whatever its id sorts before', () => {
    const articles = projectArticles();
    const event = articles[0]!.event;
    const unrelated: EngineArticle = {
      id: 'aaa-fussball-am-samstag',
      event,
      title: 'Fußball am Samstag',
      body: 'Der Tabellenführer gewann am Samstag knapp gegen den Aufsteiger. Der Trainer lobte die Abwehr.\n',
    };
    const ids = (list: EngineArticle[]) =>
      analyseCorpus(list)
        .claims.map((claim) => claim.id)
        .sort();
    expect(ids([unrelated, ...articles])).toEqual(ids(articles));
  });
});
