/**
 * npm run bench [-- sizes...]
 *
 * Prints, with numbers and no pass/fail (budgets live in their own scripts):
 * 1. the pair scorer on the STSb-de dev split (../shared/data/stsb-de, when it is there):
 *    precision, recall, F1, ROC AUC, recall at precision 0.85, and how long the model takes to load;
 *    then the same with hard negatives from real news added (scripts/lib/hard-negatives.ts: sentence
 *    pairs of 10kGNAD dev articles of different categories, when ../shared/data/10kgnad-dev is there);
 * 2. the claims per event of the project's articles and how many passages sit in several claims;
 * 3. the claim CLI on 400 and 4,000 unseen generated articles (time, and the ratio of the two);
 * 4. the engine on synthetic corpora (default 10, 100, 1,000 and 5,000 articles), each in a
 *    fresh process so that peak memory belongs to that size alone;
 * 5. full builds of generated corpora (default 1,000 articles over 50 events, then 10,000 over 500): build time, peak
 *    memory, the largest HTML pages, against the targets of issue 12 (scripts/lib/corpus-bench.ts).
 *    This one prints OK/OVER beside each target, but does not fail the run;
 * 6. a full build of the project's content plus one 5 MB article: time and peak memory
 *    (scripts/lib/large-article-bench.ts), against the 500 MB target of issue 11.
 *
 * Options: `--corpus-only` runs section 5 alone, `--no-corpus` leaves it out;
 * `--corpus-articles N[,M...]` and `--corpus-events N[,M...]` change its sizes (`--corpus-articles
 * 1000,10000` builds both, one after the other, and prints how the time grew; events default to
 * one per 20 articles; `--corpus-articles 200 --corpus-events 10` for a quick run). After the first
 * size's cold build it adds one article and builds again on the same cache: the warm time as a
 * share of the cold one and the events the claim cache reused (`--no-corpus-incremental` skips it), `--corpus-facts N` the facts each event shares (default 14;
 * many make many claims per event); `--corpus-keep` keeps its temporary folder and says where.
 * `--large-only` runs section 6 alone, `--no-large` leaves it out.
 * Plain numbers are the engine sizes of section 4.
 *
 * 7. the claim CLI end to end on text no one here wrote (scripts/lib/end-to-end-bench.ts, issue 20):
 *    (a) the STSb-de dev pairs as one-line files, F1 beside the scorer's own; (b) the 514 articles
 *    of the 10kGNAD dev half: claims linking articles and categories, time, memory, the links
 *    themselves; (c) 1,000 and 10,000 articles made from them: time, memory, ratios.
 *    `--end-to-end-only` runs section 1 and this one alone, `--no-end-to-end` leaves it out;
 *    `--end-to-end-parts stsb,gnad,speed` chooses its parts, `--end-to-end-sizes 1000,10000` the
 *    made-up corpora, `--end-to-end-keep` keeps its temporary folder, `--end-to-end-profile DIR`
 *    runs the CLI with `node --cpu-prof` and leaves a profile per run in DIR (times grow a
 *    little), `--end-to-end-timeout S` ends a CLI run after S seconds (default 900); `--json FILE` writes its figures (and the scorer's) as JSON, so that runs can be
 *    compared by script.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyseCorpus } from '../src/lib/claims/engine.ts';
import { splitFrontmatter } from '../src/lib/content/frontmatter.ts';
import { printCorpusBench, runCorpusBench } from './lib/corpus-bench.ts';
import {
  claimsNodeFlags,
  END_TO_END_PARTS,
  GNAD_FOLDER,
  runEndToEnd,
  shorten,
  type EndToEndPart,
} from './lib/end-to-end-bench.ts';
import { readGnad } from './lib/gnad.ts';
import { hardNegatives } from './lib/hard-negatives.ts';
import { benchLargeArticle } from './lib/large-article-bench.ts';
import { syntheticCorpus } from './lib/synthetic-corpus.ts';
import { readSplit } from './lib/stsb.ts';

const SIZES = [10, 100, 1000, 5000];
const ROOT = fileURLToPath(new URL('../', import.meta.url));
const STSB = join(ROOT, '../shared/data/stsb-de');

function measure(size: number): void {
  const articles = syntheticCorpus(size);
  const start = performance.now();
  const result = analyseCorpus(articles);
  const seconds = (performance.now() - start) / 1000;
  const peakMiB = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(
    JSON.stringify({
      size,
      sentences: result.stats.sentences,
      pairs: result.stats.pairsCompared,
      claims: result.claims.length,
      seconds,
      peakMiB,
    }),
  );
}

/**
 * In a process that has loaded nothing else: milliseconds to import the scorer's code, and
 * then to read, parse and check the model file.
 */
function modelLoadMs(): { code: number; model: number } {
  const url = new URL('../src/lib/claims/pair-model.ts', import.meta.url).href;
  const file = fileURLToPath(new URL('../src/lib/claims/pair-model.json', import.meta.url));
  const code = `import { readFileSync } from 'node:fs';
    const t0 = performance.now(); const m = await import(${JSON.stringify(url)}); const t1 = performance.now();
    m.pairScorer(JSON.parse(readFileSync(${JSON.stringify(file)}, 'utf8'))); const t2 = performance.now();
    process.stdout.write(JSON.stringify({ code: t1 - t0, model: t2 - t1 }));`;
  const child = spawnSync(process.execPath, ['--input-type=module', '-e', code], { encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`loading the model failed:\n${child.stderr}`);
  return JSON.parse(child.stdout) as { code: number; model: number };
}

/** The scorer's dev figures at its threshold, as `--scorer FILE` writes them. */
interface ScorerFigures {
  pairs: number;
  threshold: number;
  precision: number;
  recall: number;
  f1: number;
  rocAuc: number;
}

/**
 * Scores the dev split with the engine's own code and the committed model; with `json`, also
 * writes the figures there (the end-to-end section prints its F1 beside the CLI's).
 */
async function scorer(json?: string): Promise<void> {
  const loadMs = modelLoadMs();
  const { defaultPairScorer } = await import('../src/lib/claims/pair-model.ts');
  const model = defaultPairScorer();
  console.log(
    `Model: ${model.file.features.length} features, threshold ${model.file.threshold}, model file read and checked in ${loadMs.model.toFixed(1)} ms (importing the scorer's code first: ${loadMs.code.toFixed(0)} ms).`,
  );
  if (!existsSync(join(STSB, 'dev.csv'))) {
    console.log(`STSb-de dev split not found at ${STSB}: dev figures skipped.\n`);
    return;
  }
  const { featureRows } = await import('../src/lib/training/train.ts');
  const { predictLogistic } = await import('../src/lib/claims/logistic.ts');
  const { confusionAt, recallAtPrecision, rocAuc } = await import('../src/lib/training/metrics.ts');
  const dev = readSplit(STSB, 'dev');
  const labels = dev.map((p) => p.label);
  const scores = featureRows(dev).map((row) => predictLogistic(model.file.model, row));
  if (json) {
    const at = confusionAt(scores, labels, model.file.threshold);
    const auc = rocAuc(scores, labels);
    const figures: ScorerFigures = {
      pairs: dev.length,
      threshold: model.file.threshold,
      precision: at.precision,
      recall: at.recall,
      f1: at.f1,
      rocAuc: auc,
    };
    writeFileSync(json, JSON.stringify(figures));
  }
  console.log('| dev split (STSb-de) | pairs | precision | recall | F1 | ROC AUC | recall at precision 0.85 |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
  const row = (name: string, rowScores: number[], rowLabels: number[]) => {
    const c = confusionAt(rowScores, rowLabels, model.file.threshold);
    console.log(
      `| ${name} | ${rowLabels.length} | ${c.precision.toFixed(3)} | ${c.recall.toFixed(3)} | ${c.f1.toFixed(3)} | ${rocAuc(rowScores, rowLabels).toFixed(3)} | ${recallAtPrecision(rowScores, rowLabels, 0.85).recall.toFixed(3)} |`,
    );
  };
  row(`at threshold ${model.file.threshold}`, scores, labels);
  if (!existsSync(join(GNAD_FOLDER, 'articles.csv'))) {
    console.log(`\n10kGNAD dev not found at ${GNAD_FOLDER}: no hard negatives.\n`);
    return;
  }
  // Issue 20, point 4: dev figures with and without hard negatives from real news.
  const hard = hardNegatives(readGnad(GNAD_FOLDER));
  const hardScores = hard.map((pair) => predictLogistic(model.file.model, pair.features));
  // The engine scores a pair without a shared act 0 before the scorer sees it.
  const filtered = hardScores.map((score, k) => (hard[k]!.sharesAct ? score : 0));
  const negatives = hard.map(() => 0);
  row(`with ${hard.length} hard negatives, scorer alone`, [...scores, ...hardScores], [...labels, ...negatives]);
  row(`with them, after the engine's shared-act filter`, [...scores, ...filtered], [...labels, ...negatives]);
  const accepted = (list: number[]) => list.filter((score) => score >= model.file.threshold).length;
  console.log(
    `\nHard negatives: sentence pairs of 10kGNAD dev articles of different categories that share at least two rare words or numbers (the pairs the engine would compare if no story kept the articles apart). The scorer accepts ${accepted(hardScores)} of ${hard.length} (${((100 * accepted(hardScores)) / hard.length).toFixed(1)} %), ${accepted(filtered)} after the shared-act filter; the story grouping keeps the rest of the way.`,
  );
  const worst = hard
    .map((pair, k) => ({ pair, score: filtered[k]! }))
    .filter(({ score }) => score >= model.file.threshold)
    .sort((x, y) => y.score - x.score)
    .slice(0, 5);
  for (const { pair, score } of worst)
    console.log(`  ${score.toFixed(2)} [${pair.categories.join(' / ')}] ${shorten(pair.a)} | ${shorten(pair.b)}`);
  console.log('');
}

function projectClaims(): void {
  const dir = join(ROOT, 'content/articles');
  const articles = readdirSync(dir)
    .filter((name) => name.endsWith('.md'))
    .map((name) => {
      const { frontmatter, body } = splitFrontmatter(readFileSync(join(dir, name), 'utf8'));
      const lead = typeof frontmatter.lead === 'string' ? frontmatter.lead : undefined;
      return { id: name.replace(/\.md$/, ''), body, lead, event: String(frontmatter.event) };
    });
  const result = analyseCorpus(articles);
  console.log('| event | articles | claims |');
  console.log('| --- | ---: | ---: |');
  for (const event of result.events)
    console.log(`| ${event.id ?? '(none)'} | ${event.articles.length} | ${event.claims.length} |`);
  console.log(`\nPassages in more than one claim: ${result.stats.passagesInSeveralClaims}.\n`);
}

function cliTime(size: number, work: string): number {
  const dir = join(work, String(size));
  mkdirSync(dir, { recursive: true });
  for (const article of syntheticCorpus(size, 101)) writeFileSync(join(dir, `${article.id}.md`), `${article.body}\n`);
  const started = performance.now();
  const child = spawnSync(
    process.execPath,
    [...claimsNodeFlags(), join(ROOT, 'scripts/claims.mjs'), '--output', join(work, `${size}.json`), dir],
    {
      encoding: 'utf8',
    },
  );
  if (child.status !== 0) throw new Error(`the CLI failed on ${size} articles:\n${child.stderr}`);
  return (performance.now() - started) / 1000;
}

function cli(): void {
  const work = mkdtempSync(join(tmpdir(), 'synopse-bench-'));
  try {
    const small = cliTime(400, work);
    const large = cliTime(4000, work);
    console.log('| CLI, unseen generated articles | time |');
    console.log('| ---: | ---: |');
    console.log(`| 400 | ${small.toFixed(2)} s |`);
    console.log(`| 4,000 | ${large.toFixed(2)} s |`);
    console.log(`\nTen times the articles took ${(large / small).toFixed(1)} times the time.\n`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The command line: corpus options taken out, the plain numbers left as engine sizes. */
function parseArgs(args: string[]) {
  const rest = [...args];
  const take = (name: string): boolean => {
    const at = rest.indexOf(name);
    if (at >= 0) rest.splice(at, 1);
    return at >= 0;
  };
  const takeNumber = (name: string): number | undefined => {
    const at = rest.indexOf(name);
    if (at < 0) return undefined;
    const value = Number(rest[at + 1]);
    if (!(value > 0) || !Number.isInteger(value)) throw new Error(`${name} expects a positive whole number`);
    rest.splice(at, 2);
    return value;
  };
  const takeNumbers = (name: string): number[] | undefined => {
    const at = rest.indexOf(name);
    if (at < 0) return undefined;
    const values = String(rest[at + 1])
      .split(',')
      .map(Number);
    if (values.some((value) => !(value > 0) || !Number.isInteger(value)))
      throw new Error(`${name} expects positive whole numbers separated by commas`);
    rest.splice(at, 2);
    return values;
  };
  const corpus = {
    only: take('--corpus-only'),
    skip: take('--no-corpus'),
    keep: take('--corpus-keep'),
    noIncremental: take('--no-corpus-incremental'),
    articles: takeNumbers('--corpus-articles'),
    events: takeNumbers('--corpus-events'),
    facts: takeNumber('--corpus-facts'),
  };
  if (corpus.articles && corpus.events && corpus.events.length !== corpus.articles.length)
    throw new Error('--corpus-events needs as many sizes as --corpus-articles');
  const large = { only: take('--large-only'), skip: take('--no-large') };
  const takeValue = (name: string): string | undefined => {
    const at = rest.indexOf(name);
    if (at < 0) return undefined;
    const value = rest[at + 1];
    if (value === undefined || value.startsWith('--')) throw new Error(`${name} expects a value`);
    rest.splice(at, 2);
    return value;
  };
  const parts = takeValue('--end-to-end-parts')?.split(',');
  for (const part of parts ?? [])
    if (!(END_TO_END_PARTS as readonly string[]).includes(part))
      throw new Error(`--end-to-end-parts: unknown part "${part}" (known: ${END_TO_END_PARTS.join(', ')})`);
  const e2eSizes = takeValue('--end-to-end-sizes')?.split(',').map(Number);
  if (e2eSizes?.some((n) => !(n > 0) || !Number.isInteger(n)))
    throw new Error('--end-to-end-sizes expects positive whole numbers separated by commas');
  const endToEnd = {
    only: take('--end-to-end-only'),
    skip: take('--no-end-to-end'),
    keep: take('--end-to-end-keep'),
    parts: parts as EndToEndPart[] | undefined,
    sizes: e2eSizes,
    json: takeValue('--json'),
    profile: takeValue('--end-to-end-profile'),
    timeout: takeValue('--end-to-end-timeout'),
  };
  if (endToEnd.timeout !== undefined && !(Number(endToEnd.timeout) > 0))
    throw new Error('--end-to-end-timeout expects seconds');
  const unknown = rest.find((arg) => arg.startsWith('--'));
  if (unknown) throw new Error(`unknown option ${unknown}`);
  return { corpus, large, endToEnd, sizes: rest.map(Number).filter((n) => n > 0) };
}

/**
 * Section 5: a cold build per corpus size (one after the other, never two at once), the first
 * followed by a warm rebuild after one added article; with two sizes or more, how the time grew.
 */
async function corpusSection(options: ReturnType<typeof parseArgs>['corpus']): Promise<void> {
  // Issue 24: 1,000 and ten times that, in one run, so their ratio is measured on one machine state.
  const sizes = options.articles ?? [1000, 10_000];
  // Events grow with the articles (20 articles an event) unless given.
  const events = options.events ?? sizes.map((n) => Math.max(1, Math.round(n / 20)));
  const runs: { articles: number; seconds: number; cpuSeconds: number | undefined }[] = [];
  for (const [i, articles] of sizes.entries()) {
    const result = await runCorpusBench({
      articles,
      events: events[i]!,
      ...(options.facts === undefined ? {} : { facts: options.facts }),
      keep: options.keep,
      incremental: i === 0 && !options.noIncremental,
    });
    printCorpusBench(result);
    if (options.keep) console.log(`Corpus, build log and site kept in ${result.dir}\n`);
    runs.push({ articles: result.articles, seconds: result.seconds, cpuSeconds: result.cpuSeconds });
  }
  if (runs.length >= 2) {
    const [first, last] = [runs[0]!, runs.at(-1)!];
    const cpu =
      first.cpuSeconds && last.cpuSeconds
        ? `, ${(last.cpuSeconds / first.cpuSeconds).toFixed(1)} times the CPU time`
        : '';
    console.log(
      `${(last.articles / first.articles).toFixed(1)} times the articles (${first.articles.toLocaleString('en')} -> ${last.articles.toLocaleString('en')}) took ${(last.seconds / first.seconds).toFixed(1)} times the wall time${cpu} (target: at most 11 times for ten times the articles).\n`,
    );
  }
}

/** Target of issue 11 for a build with one 5 MB article. */
const LARGE_ARTICLE_PEAK_TARGET_MIB = 500;

async function largeArticleSection(): Promise<void> {
  const { seconds, peakMiB, treeMiB, bytes } = await benchLargeArticle();
  console.log('| build with one large article | measured | target | |');
  console.log('| --- | ---: | ---: | --- |');
  console.log(`| article size | ${(bytes / 1e6).toFixed(1)} MB | | |`);
  console.log(`| build time (wall) | ${seconds.toFixed(1)} s | | |`);
  const verdict = peakMiB < LARGE_ARTICLE_PEAK_TARGET_MIB ? 'OK' : 'OVER';
  console.log(
    `| peak memory, largest process | ${peakMiB.toFixed(0)} MiB | < ${LARGE_ARTICLE_PEAK_TARGET_MIB} MiB | ${verdict} |`,
  );
  // Astro waits while the claim engine's process works: both are resident at once for a while.
  console.log(`| peak memory, all processes at once (VmRSS sum, 100 ms samples) | ${treeMiB.toFixed(0)} MiB | | |\n`);
}

/**
 * Runs the end-to-end section in a temporary folder (removed unless `keep`), with the scorer's
 * figures beside its own; writes both to `options.json` when given.
 */
async function endToEndSection(
  options: ReturnType<typeof parseArgs>['endToEnd'],
  scorerFigures: ScorerFigures | undefined,
): Promise<void> {
  const work = mkdtempSync(join(tmpdir(), 'synopse-end-to-end-'));
  try {
    const figures = await runEndToEnd(work, {
      scorerF1: scorerFigures?.f1 ?? null,
      ...(options.parts ? { parts: options.parts } : {}),
      ...(options.sizes ? { speedSizes: options.sizes } : {}),
      ...(options.profile ? { profileDir: resolve(options.profile) } : {}),
      ...(options.timeout ? { timeoutSeconds: Number(options.timeout) } : {}),
    });
    if (options.json) {
      writeFileSync(options.json, `${JSON.stringify({ scorer: scorerFigures ?? null, endToEnd: figures }, null, 2)}\n`);
      console.log(`Figures written to ${options.json}.\n`);
    }
  } finally {
    if (options.keep) console.log(`End-to-end inputs and outputs kept in ${work}\n`);
    else rmSync(work, { recursive: true, force: true });
  }
}

/** Section 1 in a process of its own; its figures, when the dev split is there. */
function scorerSection(): ScorerFigures | undefined {
  const dir = mkdtempSync(join(tmpdir(), 'synopse-scorer-'));
  try {
    const json = join(dir, 'scorer.json');
    const scorerRun = spawnSync(process.execPath, [fileURLToPath(import.meta.url), '--scorer', json], {
      encoding: 'utf8',
    });
    process.stdout.write(scorerRun.stdout);
    if (scorerRun.status !== 0) throw new Error(`scoring the dev split failed:\n${scorerRun.stderr}`);
    return existsSync(json) ? (JSON.parse(readFileSync(json, 'utf8')) as ScorerFigures) : undefined;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const [flag, value] = process.argv.slice(2);
  if (flag === '--one') return measure(Number(value));
  if (flag === '--scorer') return scorer(value);
  const { corpus, large, endToEnd, sizes } = parseArgs(process.argv.slice(2));
  if (corpus.only) return corpusSection(corpus);
  if (large.only) return largeArticleSection();
  const scorerFigures = scorerSection();
  if (endToEnd.only) return endToEndSection(endToEnd, scorerFigures);
  projectClaims();
  if (sizes.length === 0) cli();
  const rows = [];
  console.log('| articles | sentences | pairs compared | claims | engine time | peak memory | time per article |');
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  for (const size of sizes.length > 0 ? sizes : SIZES) {
    const child = spawnSync(
      process.execPath,
      ['--max-old-space-size=4096', fileURLToPath(import.meta.url), '--one', String(size)],
      { encoding: 'utf8' },
    );
    if (child.status !== 0) throw new Error(`bench for ${size} articles failed:\n${child.stderr}`);
    const row = JSON.parse(child.stdout) as {
      size: number;
      sentences: number;
      pairs: number;
      claims: number;
      seconds: number;
      peakMiB: number;
    };
    rows.push(row);
    console.log(
      `| ${row.size.toLocaleString('en')} | ${row.sentences.toLocaleString('en')} | ${row.pairs.toLocaleString('en')} | ${row.claims.toLocaleString('en')} | ${row.seconds.toFixed(2)} s | ${row.peakMiB.toFixed(0)} MiB | ${((row.seconds / row.size) * 1000).toFixed(2)} ms |`,
    );
  }
  if (rows.length >= 2) {
    const [first, last] = [rows[0]!, rows.at(-1)!];
    const growth = Math.log(last.seconds / first.seconds) / Math.log(last.size / first.size);
    console.log(
      `\nTime grows like n^${growth.toFixed(2)} from ${first.size} to ${last.size} articles (1.00 = linear).\n`,
    );
  }
  if (!endToEnd.skip) await endToEndSection(endToEnd, scorerFigures);
  if (!corpus.skip) await corpusSection(corpus);
  if (!large.skip) await largeArticleSection();
}

await main();
