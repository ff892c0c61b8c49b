/**
 * The generated-corpus benchmark of `npm run bench` (issue 12, point 8): writes a complete content
 * folder of synthetic articles (default 1,000 over 50 events) into a temporary folder, builds it
 * with `scripts/build.ts` exactly as `npm run build` would, and measures the build's wall time, its
 * peak memory and the weight of every HTML page it wrote.
 *
 * Targets from the issue: the build under 3 minutes, under 2 GB of memory, and no HTML page over
 * 200 KB gzip. Sizes are KiB/MiB/GiB (1,024), gzip at level 9 as in scripts/budgets.ts.
 */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { AGENCIES } from '../../src/lib/content/vocabulary.ts';
import { copyProject, runMeasuredBuild } from './measured-build.ts';
import { random, syntheticCorpus } from './synthetic-corpus.ts';

const KB = 1024;
const MB = 1024 * KB;

/** The issue's targets. */
export const CORPUS_TARGETS = {
  /** Wall time of the whole build. */
  seconds: 180,
  /** Peak resident memory of the build's process tree. */
  bytes: 2 * 1024 * MB,
  /** Any one HTML page, gzip level 9. */
  pageGzip: 200 * KB,
} as const;

export interface CorpusBenchOptions {
  /** Articles to generate (default 1,000). */
  articles?: number;
  /** Events to spread them over, evenly (default 50). */
  events?: number;
  /** Seed of the generated text (default 12). */
  seed?: number;
  /**
   * Facts in each event's pool (default 14): with many, an event holds many claims, which is
   * what makes claim lists and tables grow.
   */
  facts?: number;
  /** Keep the temporary folder (content, dist, build log) instead of deleting it. */
  keep?: boolean;
  /** Kill the build after this many seconds (default 1,200). */
  timeoutSeconds?: number;
  /**
   * After the cold build, add one article to the first event and build again on the same cache
   * folder: the incremental figure of issue 24 (warm time as a share of cold, events reused).
   */
  incremental?: boolean;
}

/** The warm build after one article was added (see `CorpusBenchOptions.incremental`). */
export interface IncrementalFigures {
  /** Wall time of the warm build, seconds. */
  seconds: number;
  /** Warm time divided by the cold build's. */
  share: number;
  /** CPU seconds of the warm build and their share of the cold build's, from GNU time, when available. */
  cpuSeconds: number | undefined;
  cpuShare: number | undefined;
  /** Events whose claims came from the cache, and events compared afresh (from the build's log). */
  reused: number | undefined;
  computed: number | undefined;
}

/** One built HTML page. */
export interface PageWeight {
  /** Path below the output folder, e.g. `artikel/artikel-00001/index.html`. */
  path: string;
  /** The kind of page: its path with the varying parts replaced by `*`, e.g. `artikel/*`. */
  kind: string;
  raw: number;
  gzip: number;
}

export interface CorpusBenchResult {
  articles: number;
  events: number;
  /** Claims the generated text is expected to hold per event (facts in each event's pool). */
  factsPerEvent: number;
  /** Wall time of `node scripts/build.ts`, seconds. */
  seconds: number;
  /** Largest sum of VmRSS over the build's process tree, sampled every 100 ms (bytes). */
  peakTreeBytes: number;
  /** Largest VmRSS of Pagefind's indexer (its own program, run after Astro has ended), bytes. */
  peakSearchIndexBytes: number | undefined;
  /** Largest max RSS of any single process of the tree, from GNU time (bytes), when available. */
  maxProcessBytes: number | undefined;
  /** CPU seconds (user + system) of the whole tree, from GNU time, when available. */
  cpuSeconds: number | undefined;
  /** Every HTML page, heaviest (gzip) first. */
  pages: PageWeight[];
  /** Bytes of everything in the output folder. */
  distBytes: number;
  /** One-minute load average before and after the build (others' work on the machine slows it). */
  load: [number, number];
  /** The largest file that is not an HTML page (claims.json, Pagefind's files, ...). */
  largestOther: { path: string; size: number } | undefined;
  /** Where the corpus was (deleted unless `keep`). */
  dir: string;
  /** The warm rebuild after one added article, when asked for. */
  incremental?: IncrementalFigures | undefined;
}

const KINDS = ['Gipfel', 'Staatsbesuch', 'Wahl', 'Unwetter', 'Streik', 'Konferenz', 'Prozess', 'Brand'];
const SYLLABLES = ['ba', 'ker', 'lin', 'mo', 'sta', 'ru', 'gen', 'tor', 'wei', 'sal', 'ter', 'nor', 'dal', 'ka'];
/** A line of page debris put into some sources and listed in `removed`, so that check runs too. */
const DEBRIS = 'Mehr zum Thema';

const yaml = (text: string) => JSON.stringify(text); // JSON strings are YAML strings

/**
 * Writes `<dir>/content` with `events` event files and `articles` articles spread evenly over
 * them (the last event takes what is left), each with a valid frontmatter and its raw source.
 * Articles of one event share a pool of facts, so the claim engine finds claims in each event.
 * Returns the content folder and the counts written.
 */
export function writeCorpus(
  dir: string,
  {
    articles = 1000,
    events = 50,
    seed = 12,
    facts = 14,
  }: Pick<CorpusBenchOptions, 'articles' | 'events' | 'seed' | 'facts'> = {},
): { content: string; articles: number; events: number; factsPerEvent: number } {
  const content = join(dir, 'content');
  for (const folder of ['articles', 'events', 'sources']) mkdirSync(join(content, folder), { recursive: true });
  const eventSize = Math.max(1, Math.ceil(articles / Math.max(1, events)));
  const factsPerEvent = facts;
  const corpus = syntheticCorpus(articles, seed, { eventSize, facts: factsPerEvent });
  const next = random(seed * 31 + 5);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const place = () => {
    const word = Array.from({ length: 2 + Math.floor(next() * 2) }, () => pick(SYLLABLES)).join('');
    return word[0]!.toUpperCase() + word.slice(1);
  };

  const eventIds = [...new Set(corpus.map((article) => article.event!))];
  const eventOf = new Map<string, { slug: string; name: string; date: string }>();
  eventIds.forEach((id, e) => {
    const where = place();
    const name = `${pick(KINDS)} in ${where}`;
    const slug = `ereignis-${String(e + 1).padStart(3, '0')}-${where.toLowerCase()}`;
    const date = new Date(Date.UTC(2023, 0, 1 + e * 7)).toISOString().slice(0, 10);
    eventOf.set(id, { slug, name, date });
    writeFileSync(
      join(content, 'events', `${slug}.yaml`),
      [
        '# Generated for the corpus benchmark (scripts/lib/corpus-bench.ts).',
        `name: ${yaml(name)}`,
        `date: ${yaml(date)}`,
        `place: ${yaml(where)}`,
        `summary: ${yaml(`Erzeugtes Ereignis ${e + 1}: ${name} am ${date}, berichtet von ${corpus.filter((a) => a.event === id).length} Artikeln.`)}`,
        '',
      ].join('\n'),
    );
  });

  corpus.forEach((article, i) => {
    const event = eventOf.get(article.event!)!;
    const slug = `artikel-${String(i + 1).padStart(5, '0')}`;
    const paragraphs = article.body.split('\n\n');
    // Half the articles set their first paragraph apart as a lead, as many sources do.
    const lead = paragraphs.length > 1 && next() < 0.5 ? paragraphs.shift() : undefined;
    const body = paragraphs.join('\n\n');
    const headline = body.split(/[.]/)[0]!.split(' ').slice(0, 7).join(' ');
    const title = `${event.name}: ${headline}`;
    const agencies = next() < 0.4 ? [] : [pick(AGENCIES), ...(next() < 0.3 ? [pick(AGENCIES)] : [])];
    const unique = [...new Set(agencies)];
    const credit = unique.length > 0 ? `(${unique.map((a) => a.toLowerCase()).join('/')}/red)` : undefined;
    const debris = next() < 0.3;
    const outlet = `Zeitung ${1 + Math.floor(next() * 40)}`;
    const source = `${slug}.txt`;
    writeFileSync(
      join(content, 'sources', source),
      [title, ...(lead ? [lead] : []), body, ...(debris ? [DEBRIS] : []), ''].join('\n'),
    );
    const frontmatter = [
      '---',
      `title: ${yaml(title)}`,
      'titleSource: editorial',
      ...(lead ? [`lead: ${yaml(lead)}`] : []),
      `event: ${event.slug}`,
      'published:',
      `  date: ${yaml(event.date)}`,
      '  precision: day',
      `  basis: ${yaml('Erzeugter Artikel: Datum des Ereignisses.')}`,
      `agencies: [${unique.join(', ')}]`,
      ...(credit ? [`credit: ${yaml(credit)}`] : []),
      `variant: ${next() < 0.2 ? 'de-CH' : 'de-DE'}`,
      `source: ${source}`,
      'outlet:',
      `  name: ${yaml(outlet)}`,
      '  basis: og:site_name',
      ...(next() < 0.5 ? [`url: ${yaml(`https://zeitung.example/${slug}`)}`] : []),
      ...(debris ? ['removed:', `  - text: ${yaml(DEBRIS)}`, '    reason: Navigationslink'] : ['removed: []']),
      '---',
      '',
    ];
    writeFileSync(join(content, 'articles', `${slug}.md`), `${frontmatter.join('\n')}${body}\n`);
  });
  return { content, articles: corpus.length, events: eventIds.length, factsPerEvent };
}

/**
 * Builds the content folder with a copy of the project (see `copyProject`) into `<dir>/dist`, cold
 * (its own cache folder), with the log in `<dir>/build.log`, and measures it (see
 * scripts/lib/measured-build.ts). Throws with the end of the log when the build fails.
 */
export async function buildCorpus(
  dir: string,
  content: string,
  timeoutSeconds = 1200,
): Promise<{
  seconds: number;
  peakTreeBytes: number;
  /** Pagefind's indexer alone (the kernel names its binary `pagefind_extend…`), bytes. */
  peakSearchIndexBytes: number | undefined;
  maxProcessBytes: number | undefined;
  /** CPU seconds (user + system) of the whole tree, from GNU time, when available. */
  cpuSeconds: number | undefined;
  dist: string;
  load: [number, number];
  /** The copy of the project that was built (a warm build reuses it). */
  project: string;
}> {
  const project = copyProject(dir);
  const dist = join(dir, 'dist');
  const log = join(dir, 'build.log');
  const loadBefore = loadavg()[0]!;
  const build = await runMeasuredBuild({ project, content, out: dist, cache: join(dir, 'cache'), log, timeoutSeconds });
  if (build.status !== 0)
    throw new Error(
      `building the generated corpus failed (exit ${build.status}) after ${build.seconds.toFixed(0)} s; last lines of ${log}:\n${build.logTail}`,
    );
  const pagefind = Object.entries(build.peakByProgramBytes).filter(([name]) => name.startsWith('pagefind'));
  return {
    seconds: build.seconds,
    peakTreeBytes: build.peakTreeBytes,
    peakSearchIndexBytes: pagefind.length > 0 ? Math.max(...pagefind.map(([, bytes]) => bytes)) : undefined,
    maxProcessBytes: build.maxProcessBytes,
    cpuSeconds: build.cpuSeconds,
    dist,
    load: [loadBefore, loadavg()[0]!],
    project,
  };
}

/**
 * Adds one article to the first event of a corpus written by `writeCorpus` (a copy of that
 * event's first article with one sentence more, under a new slug) and builds again with the cold
 * build's project, cache and output folder: what a newsroom's build after one new article costs.
 */
async function buildIncremental(
  dir: string,
  content: string,
  project: string,
  cold: { seconds: number; cpuSeconds: number | undefined; dist: string },
  timeoutSeconds = 1200,
): Promise<IncrementalFigures> {
  const articles = join(content, 'articles');
  const first = readdirSync(articles).sort()[0]!;
  const text = readFileSync(join(articles, first), 'utf8');
  const added = 'Die Behörden kündigten für den Abend eine weitere Stellungnahme an.';
  // A new article keeps its own raw source, as every article does (two naming one are refused).
  const sources = join(content, 'sources');
  const source = /^source: (.*)$/m.exec(text)![1]!.trim();
  writeFileSync(
    join(sources, 'artikel-neu.txt'),
    `${readFileSync(join(sources, source), 'utf8').trimEnd()}\n${added}\n`,
  );
  writeFileSync(
    join(articles, 'artikel-neu.md'),
    `${text.trimEnd().replace(/^source: .*$/m, 'source: artikel-neu.txt')}\n\n${added}\n`,
  );
  const log = join(dir, 'build-warm.log');
  const build = await runMeasuredBuild({
    project,
    content,
    out: cold.dist,
    cache: join(dir, 'cache'),
    log,
    timeoutSeconds,
  });
  if (build.status !== 0)
    throw new Error(`the warm build failed (exit ${build.status}); last lines of ${log}:\n${build.logTail}`);
  const line = /\[claims\] events compared: (\d+), reused from the cache: (\d+)/.exec(readFileSync(log, 'utf8'));
  return {
    seconds: build.seconds,
    share: build.seconds / cold.seconds,
    cpuSeconds: build.cpuSeconds,
    cpuShare: build.cpuSeconds && cold.cpuSeconds ? build.cpuSeconds / cold.cpuSeconds : undefined,
    computed: line ? Number(line[1]) : undefined,
    reused: line ? Number(line[2]) : undefined,
  };
}

/** Every file below `dir`, relative to it, with its size. */
function walk(dir: string, base = dir): { path: string; size: number }[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return walk(path, base);
    return [{ path: relative(base, path), size: statSync(path).size }];
  });
}

/**
 * The kind of a page, from its path: the home page is `/`, its further pages `/*`, other files at
 * the top (404.html) their own name, and below a
 * folder that holds many pages (artikel/, ereignisse/, ...) the varying segment becomes `*`.
 */
function kindOf(path: string, crowded: ReadonlySet<string>): string {
  const segments = path.split('/').slice(0, -1);
  if (segments.length === 0) return path === 'index.html' ? '/' : path;
  return segments
    .map((segment, i) => {
      if (/^\d+$/.test(segment)) return '*';
      if (i === 1 && crowded.has(segments[0]!)) return '*';
      return segment;
    })
    .join('/')
    .replace(/^\*/, '/*');
}

/** Weighs every HTML page in `dist`: raw bytes and gzip (level 9), heaviest gzip first. */
export function weighPages(dist: string): {
  pages: PageWeight[];
  distBytes: number;
  largestOther: { path: string; size: number } | undefined;
} {
  const files = walk(dist);
  const html = files.filter((file) => file.path.endsWith('.html'));
  const perFolder = new Map<string, Set<string>>();
  for (const file of html) {
    const [top, second] = file.path.split('/');
    if (second !== undefined && !second.endsWith('.html'))
      perFolder.set(top!, (perFolder.get(top!) ?? new Set()).add(second));
  }
  // A folder of many pages, or one without a page of its own (ereignisse/ with a single event),
  // holds pages made per item: their second segment varies.
  const own = new Set(
    html
      .map((file) => file.path.split('/'))
      .filter((s) => s.length === 2)
      .map((s) => s[0]!),
  );
  const crowded = new Set([...perFolder].filter(([top, names]) => names.size > 1 || !own.has(top)).map(([top]) => top));
  const pages = html.map((file) => ({
    path: file.path,
    kind: kindOf(file.path, crowded),
    raw: file.size,
    gzip: gzipSync(readFileSync(join(dist, file.path)), { level: 9 }).length,
  }));
  return {
    pages: pages.sort((a, b) => b.gzip - a.gzip || a.path.localeCompare(b.path)),
    distBytes: files.reduce((sum, file) => sum + file.size, 0),
    largestOther: files.filter((file) => !file.path.endsWith('.html')).sort((a, b) => b.size - a.size)[0],
  };
}

/** Generates, builds and weighs a corpus; deletes the temporary folder unless `keep`. */
export async function runCorpusBench(options: CorpusBenchOptions = {}): Promise<CorpusBenchResult> {
  const dir = mkdtempSync(join(tmpdir(), 'synopse-corpus-'));
  try {
    const written = writeCorpus(dir, options);
    const build = await buildCorpus(dir, written.content, options.timeoutSeconds);
    const { pages, distBytes, largestOther } = weighPages(build.dist);
    const incremental = options.incremental
      ? await buildIncremental(dir, written.content, build.project, build, options.timeoutSeconds)
      : undefined;
    return {
      articles: written.articles,
      events: written.events,
      factsPerEvent: written.factsPerEvent,
      seconds: build.seconds,
      peakTreeBytes: build.peakTreeBytes,
      peakSearchIndexBytes: build.peakSearchIndexBytes,
      maxProcessBytes: build.maxProcessBytes,
      cpuSeconds: build.cpuSeconds,
      pages,
      distBytes,
      largestOther,
      load: build.load,
      dir,
      incremental,
    };
  } finally {
    if (!options.keep) rmSync(dir, { recursive: true, force: true });
  }
}

const kb = (bytes: number) =>
  `${(bytes / KB).toLocaleString('en', { maximumFractionDigits: 1, minimumFractionDigits: 1 })} KB`;
const mb = (bytes: number) => `${(bytes / MB).toLocaleString('en', { maximumFractionDigits: 0 })} MB`;
const flag = (ok: boolean) => (ok ? 'OK' : 'OVER');
const median = (values: number[]) => {
  const sorted = values.toSorted((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** Prints the benchmark's tables (Markdown), with the targets and OK/OVER for each. */
export function printCorpusBench(result: CorpusBenchResult, log: (line: string) => void = console.log): void {
  const { pages } = result;
  const largest = pages[0];
  const byKind = Map.groupBy(pages, (page) => page.kind);
  const gzipOf = (path: string) => pages.find((page) => page.path === path)?.gzip;
  const articlePages = byKind.get('artikel/*') ?? [];
  const eventPages = byKind.get('ereignisse/*') ?? [];

  log(
    `Generated corpus: ${result.articles.toLocaleString('en')} articles over ${result.events} ${result.events === 1 ? 'event' : 'events'} (${result.factsPerEvent} shared facts per event), cold build with scripts/build.ts of a snapshot of the project; ${cpus().length} CPUs, load average ${result.load[0].toFixed(1)} before and ${result.load[1].toFixed(1)} after.\n`,
  );
  log('| measure | measured | target | |');
  log('| --- | ---: | ---: | --- |');
  log(
    `| build time (wall) | ${result.seconds.toFixed(1)} s | < ${CORPUS_TARGETS.seconds} s | ${flag(result.seconds < CORPUS_TARGETS.seconds)} |`,
  );
  log(
    `| peak memory, process tree (VmRSS sum, 100 ms samples) | ${mb(result.peakTreeBytes)} | < ${mb(CORPUS_TARGETS.bytes)} | ${flag(result.peakTreeBytes < CORPUS_TARGETS.bytes)} |`,
  );
  if (result.peakSearchIndexBytes !== undefined)
    log(
      `| peak memory, Pagefind's indexer alone (it runs after Astro has ended) | ${mb(result.peakSearchIndexBytes)} | | |`,
    );
  if (result.cpuSeconds !== undefined)
    log(
      `| CPU time, user + system (GNU time; steadier than wall time on a busy machine) | ${result.cpuSeconds.toFixed(1)} s | | |`,
    );
  if (result.maxProcessBytes !== undefined)
    log(
      `| peak memory, largest single process (GNU time %M) | ${mb(result.maxProcessBytes)} | < ${mb(CORPUS_TARGETS.bytes)} | ${flag(result.maxProcessBytes < CORPUS_TARGETS.bytes)} |`,
    );
  if (largest)
    log(
      `| largest HTML page, gzip (${largest.path}) | ${kb(largest.gzip)} | ≤ ${kb(CORPUS_TARGETS.pageGzip)} | ${flag(largest.gzip <= CORPUS_TARGETS.pageGzip)} |`,
    );
  const named: [string, number | undefined][] = [
    ['home page (index.html)', gzipOf('index.html')],
    ['median article page', articlePages.length > 0 ? median(articlePages.map((p) => p.gzip)) : undefined],
    ['median event page', eventPages.length > 0 ? median(eventPages.map((p) => p.gzip)) : undefined],
    ['largest event page', eventPages[0]?.gzip],
  ];
  for (const [label, gzip] of named)
    if (gzip !== undefined)
      log(
        `| ${label}, gzip | ${kb(gzip)} | ≤ ${kb(CORPUS_TARGETS.pageGzip)} | ${flag(gzip <= CORPUS_TARGETS.pageGzip)} |`,
      );
  if (result.incremental) {
    const { seconds, share, cpuSeconds, cpuShare, reused, computed } = result.incremental;
    log(
      `| warm rebuild after one added article (same cache), wall | ${seconds.toFixed(1)} s = ${share.toFixed(2)} of the cold build | ≤ 0.25 | ${flag(share <= 0.25)} |`,
    );
    if (cpuSeconds !== undefined && cpuShare !== undefined)
      log(`| warm rebuild, CPU time | ${cpuSeconds.toFixed(1)} s = ${cpuShare.toFixed(2)} of the cold build | | |`);
    log(`| events reused from the claim cache / compared again | ${reused ?? '?'} / ${computed ?? '?'} | | |`);
  }
  log(`| HTML pages | ${pages.length.toLocaleString('en')} | | |`);
  log(`| output folder in all | ${mb(result.distBytes)} | | |`);
  if (result.largestOther)
    log(`| largest other file (${result.largestOther.path}), raw | ${kb(result.largestOther.size)} | | |`);

  log('\n| page kind | pages | median gzip | largest gzip | largest raw | largest page | |');
  log('| --- | ---: | ---: | ---: | ---: | --- | --- |');
  const kinds = [...byKind].sort((a, b) => b[1][0]!.gzip - a[1][0]!.gzip);
  for (const [kind, list] of kinds) {
    const top = list[0]!;
    log(
      `| ${kind} | ${list.length.toLocaleString('en')} | ${kb(median(list.map((p) => p.gzip)))} | ${kb(top.gzip)} | ${kb(top.raw)} | ${top.path} | ${flag(top.gzip <= CORPUS_TARGETS.pageGzip)} |`,
    );
  }

  log('\n| 10 largest HTML pages | raw | gzip |');
  log('| --- | ---: | ---: |');
  for (const page of pages.slice(0, 10)) log(`| ${page.path} | ${kb(page.raw)} | ${kb(page.gzip)} |`);
  log('');
}
