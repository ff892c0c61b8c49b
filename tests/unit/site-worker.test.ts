import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { SiteInput } from '../../src/data/compute-site.ts';
import { runSiteWorkers } from '../../src/data/site-worker-client.ts';
import type { ClaimsResult } from '../../src/lib/claims/types.ts';
import type { SiteWorkerLine } from '../../src/data/site-worker.ts';
import { articleDigest } from '../../src/lib/content/frontmatter.ts';
import { ROOT } from '../support/paths.ts';

/**
 * The process the build starts for claims and rendered text (src/data/site-worker.ts), run as
 * the build runs it: a SiteInput on stdin, JSON lines on stdout, a message on stderr on failure.
 */
const work = mkdtempSync(join(tmpdir(), 'synopse-worker-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const shared = 'Putin empfing Kim Jong Un am Mittwoch auf dem Weltraumbahnhof Wostotschny.';

function article(id: string, body: string, event = 'gipfel'): SiteInput['articles'][number] {
  const file = join(work, `${id}.md`);
  const contents = `---\ntitle: ${id}\n---\n\n${body}\n`;
  writeFileSync(file, contents);
  const fields = { title: id, titleSource: 'editorial', event };
  return { id, file, filePath: `articles/${id}.md`, digest: articleDigest(contents), fields };
}

function runWorker(input: SiteInput) {
  const run = spawnSync(process.execPath, ['--expose-gc', join(ROOT, 'src/data/site-worker.ts')], {
    input: JSON.stringify({ mode: 'all', input }),
    encoding: 'utf8',
  });
  const lines = run.stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as SiteWorkerLine);
  return { status: run.status, stderr: run.stderr, lines };
}

// Each case starts a Node process that loads the engine: seconds on a busy 2-core machine.
describe('the site worker', { timeout: 60_000 }, () => {
  it('answers with each article rendered, then each event, the cache figures and the claims, one JSON line each', () => {
    const input: SiteInput = {
      base: '/synopse/',
      articles: [article('a', `${shared} Es war warm.`), article('b', `${shared} Danach gab es ein Essen.`)],
    };
    const { status, stderr, lines } = runWorker(input);
    expect(status, stderr).toBe(0);
    expect(lines.map((line) => line.kind)).toEqual(['article', 'article', 'event', 'cache', 'result']);
    const first = lines[4];
    const articles = lines.slice(0, 2);
    if (first?.kind !== 'result') throw new Error('no result line');
    expect(first.result.claims).toHaveLength(1);
    const claim = first.result.claims[0]!;
    for (const line of articles) {
      if (line.kind !== 'article') throw new Error('not an article line');
      // Marks link to the claim page under the site's base; the comparison has prefixed ids.
      expect(line.article.bodyHtml).toContain(`href="/synopse/aussagen/${claim.id}/"`);
      expect(line.article.comparisonHtml).toContain(`id="${line.article.id}--satz-1"`);
      expect(line.article.firstSentence).toBe(shared);
      expect(line.article.comparisonCut).toBeUndefined();
      // The page's legend: the shared sentence, and one of its own.
      expect(line.article.legendKinds).toEqual([claim.kind, 'nur-hier']);
    }
    // The claim's number, computed where its marks' badges were drawn, for the lists to take.
    const event = lines[2];
    if (event?.kind !== 'event') throw new Error('no event line');
    expect(event.event).toEqual({
      id: 'gipfel',
      claims: [{ id: claim.id, number: 1, tone: claim.kind }],
      legendKinds: [claim.kind, 'nur-hier'],
    });
    for (const line of articles) {
      if (line.kind === 'article') expect(line.article.bodyHtml).toMatch(/<span aria-hidden="true">1<\/span>/);
    }
  });

  it("numbers claims within each event, and gives an event the legend of its first columns in the pages' order", () => {
    const other = 'Die Feuerwehr löschte den Brand im Hafen von Hamburg nach drei Stunden.';
    // Five articles, one more than the page's columns: only the last has a sentence of its own.
    const articles = [
      ...['g1', 'g2', 'g3', 'g4'].map((id) => article(id, shared)),
      article('g5', `${shared} Danach gab es ein Essen.`),
      article('h1', `${other} Niemand wurde verletzt.`, 'brand'),
      article('h2', `${other} Die Ursache ist unklar.`, 'brand'),
    ];
    const eventsOf = (input: SiteInput) => {
      const { status, stderr, lines } = runWorker(input);
      expect(status, stderr).toBe(0);
      return lines.flatMap((line) => (line.kind === 'event' ? [line.event] : []));
    };
    const events = eventsOf({ base: '/', articles });
    expect(events.map((event) => event.id)).toEqual(['brand', 'gipfel']);
    for (const event of events) expect(event.claims.map((claim) => claim.number)).toEqual([1]);
    expect(events[1]!.legendKinds).not.toContain('nur-hier');
    // Listed first on the pages, g5 is in the first columns: its own sentence is in the legend.
    const listOrder = ['g5', 'g1', 'g2', 'g3', 'g4', 'h1', 'h2'];
    expect(eventsOf({ base: '/', articles, listOrder })[1]!.legendKinds).toContain('nur-hier');
  });

  it('refuses an article changed after its checks, naming the file, and answers nothing', () => {
    const changed = { ...article('c', shared), digest: 'not-the-digest' };
    const { status, stderr, lines } = runWorker({ base: '/', articles: [article('d', shared), changed] });
    expect(status).toBe(1);
    expect(stderr.trim()).toBe('articles/c.md: changed while the site was being built (after its checks); build again');
    expect(lines).toEqual([]);
  });
});

// Each case starts the worker four or five times.
describe('the cache of per-event results', { timeout: 120_000 }, () => {
  const other = 'Die Feuerwehr löschte den Brand im Hafen von Hamburg nach drei Stunden.';
  const corpus = () => [
    article('e1', `${shared} Es war warm.`),
    article('e2', `${shared} Danach gab es ein Essen.`),
    article('f1', `${other} Niemand wurde verletzt.`, 'brand'),
    article('f2', `${other} Die Ursache ist unklar.`, 'brand'),
  ];
  const cacheDir = join(work, 'cache');
  const run = (articles: SiteInput['articles']) => {
    const { status, stderr, lines } = runWorker({ base: '/', articles, root: ROOT, cacheDir });
    expect(status, stderr).toBe(0);
    const cache = lines.find((line) => line.kind === 'cache');
    if (cache?.kind !== 'cache') throw new Error('no cache line');
    // Everything but the cache figures: what the pages get.
    return { cache: cache.cache, output: JSON.stringify(lines.filter((line) => line.kind !== 'cache')) };
  };
  const entries = () =>
    readdirSync(join(cacheDir, 'synopse-claims')).map((name) => join(cacheDir, 'synopse-claims', name));

  it('reuses an unchanged event, recomputes a changed one, and answers as a cold run does', () => {
    const cold = run(corpus());
    expect(cold.cache).toEqual({ reused: 0, computed: 2, corrupt: 0 });
    const warm = run(corpus());
    expect(warm.cache).toEqual({ reused: 2, computed: 0, corrupt: 0 });
    expect(warm.output).toBe(cold.output);
    // One more article in one event: only that event is compared again.
    const grown = [...corpus(), article('f3', `${other} Der Hafen blieb gesperrt.`, 'brand')];
    const incremental = run(grown);
    expect(incremental.cache).toEqual({ reused: 1, computed: 1, corrupt: 0 });
    rmSync(cacheDir, { recursive: true, force: true });
    expect(run(grown).output).toBe(incremental.output);
  });

  it('ignores an entry that fails its checks and computes the event afresh', () => {
    rmSync(cacheDir, { recursive: true, force: true });
    const cold = run(corpus());
    for (const file of entries()) {
      // A changed claim in the payload: the digest no longer matches.
      const text = readFileSync(file, 'utf8');
      writeFileSync(file, text.replace('"claims":[{', '"claims":[{"forged":true,'));
    }
    const tampered = run(corpus());
    expect(tampered.cache).toEqual({ reused: 0, computed: 2, corrupt: 2 });
    expect(tampered.output).toBe(cold.output);
    // Cut short, or written for another event's file name: ignored as well.
    run(corpus());
    const [first, second] = entries();
    writeFileSync(second!, readFileSync(first!, 'utf8'));
    writeFileSync(first!, readFileSync(first!, 'utf8').slice(0, 50));
    const broken = run(corpus());
    expect(broken.cache).toEqual({ reused: 0, computed: 2, corrupt: 2 });
    expect(broken.output).toBe(cold.output);
  });
});

// Each case starts the workers twice or three times.
describe('the build shared by several workers', { timeout: 120_000 }, () => {
  // Wire copy in two events, in articles whose slugs make the claim ids (32-bit hashes of the
  // first two passages, slugs included) collide: found by trying slugs w<n>a/w<n>b in turn. The
  // later event must rename its claim, though another worker compared the earlier one.
  const wire = 'Die Nachrichtenagentur meldete am Abend einen Stromausfall in weiten Teilen der Stadt.';
  const corpus = () => [
    article('g1', `${shared} Es war warm.`),
    article('g2', `${shared} Danach gab es ein Essen.`),
    article('w8365a', `${wire} Die Ursache ist unklar.`, 'strom-a'),
    article('w8365b', `${wire} Krankenhäuser liefen mit Notstrom.`, 'strom-a'),
    article('w20073a', `${wire} Die Bahn stand still.`, 'strom-b'),
    article('w20073b', `${wire} Ampeln fielen aus.`, 'strom-b'),
  ];
  const site = async (workers: number, cacheDir?: string) => {
    const { result, articles, events, cache } = await runSiteWorkers(
      { base: '/', articles: corpus(), root: ROOT, cacheDir },
      workers,
    );
    return {
      // Events in the order handed on; articles by slug (workers finish in any order).
      output: JSON.stringify({
        result,
        events: [...events],
        articles: [...articles].sort(([a], [b]) => a.localeCompare(b)),
      }),
      cache,
    };
  };

  it('gives what one worker gives, byte for byte, claim ids made distinct across events included', async () => {
    const one = await site(1);
    const two = await site(2);
    expect(two.output).toBe(one.output);
    const { result } = JSON.parse(one.output) as { result: ClaimsResult };
    const ids = result.claims.map((claim) => claim.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.some((id) => id.endsWith('-e2'))).toBe(true);
  });

  it('counts and reuses the cache as one worker does', async () => {
    const cacheDir = join(work, 'shared-cache');
    const cold = await site(2, cacheDir);
    expect(cold.cache).toEqual({ reused: 0, computed: 3, corrupt: 0 });
    const warm = await site(2, cacheDir);
    expect(warm.cache).toEqual({ reused: 3, computed: 0, corrupt: 0 });
    expect(warm.output).toBe(cold.output);
    expect(warm.output).toBe((await site(1)).output);
  });
});
