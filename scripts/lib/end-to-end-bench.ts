/**
 * The end-to-end benchmark of `npm run bench` (issue 20, points 2 and 8): the claim CLI
 * (`scripts/claims.mjs`) run as a new user runs it, as a child process on files in a temporary
 * folder, with no event given, on text no one here wrote:
 *
 * (a) every STSb-de dev pair as two one-line `.txt` files, the sentences exactly as written (no
 *     full stop added), all in one folder: a pair is predicted "same claim" when some claim holds
 *     both files. Precision, recall and F1 beside the scorer's own dev figures;
 * (b) the 514 articles of the 10kGNAD dev half as one corpus: claims that link articles, those
 *     that link articles of different categories (almost surely false), which of them a person
 *     has read and judged true (tests/fixtures/kept-claims/), time and peak memory;
 * (c) speed: 1,000 and 10,000 articles made from those 514 (sentences reshuffled within a
 *     category, seeded), time, peak memory and the ratios.
 *
 * Data come from ../shared/data (never copied into the project). Peak memory is GNU time's %M for
 * the CLI's process where /usr/bin/time exists, else the last VmHWM read from /proc every 50 ms.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { basename, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ClaimsResult } from '../../src/lib/claims/types.ts';
import { detectDebris } from '../../src/lib/import/debris.ts';
import { tally } from '../../src/lib/training/metrics.ts';
import { madeUpArticles, readGnad, type GnadArticle } from './gnad.ts';
import { judgeClaims, KEPT_CLAIMS_FILE, readJudgedClaims, type JudgedClaim } from './judged-claims.ts';
import { readSplit, type LabelledPair } from './stsb.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const CLI = join(ROOT, 'scripts/claims.mjs');

/**
 * Node's flags in the `claims` script of package.json (`node --max-semi-space-size=32 …`), so
 * the bench runs the command exactly as `npm run claims` does, without npm's own start-up.
 */
export function claimsNodeFlags(): string[] {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  const words = pkg.scripts['claims']!.split(/\s+/);
  if (words[0] !== 'node' || words.at(-1) !== 'scripts/claims.mjs')
    throw new Error(
      `package.json: the claims script should read "node [flags] scripts/claims.mjs", not "${pkg.scripts['claims']}"`,
    );
  return words.slice(1, -1);
}
export const STSB_FOLDER = join(ROOT, '../shared/data/stsb-de');
export const GNAD_FOLDER = join(ROOT, '../shared/data/10kgnad-dev');

/**
 * A story as the claims JSON lists it, read without trusting its shape: the bench reads what another
 * process wrote, and an output without stories still gets its other figures.
 */
interface Story {
  id?: string;
  label?: string;
  articles?: string[];
}

type Output = ClaimsResult & { stories?: Story[] };

/** One run of the CLI. */
export interface CliRun {
  /** Wall seconds from spawning to exit, start-up included. */
  seconds: number;
  /** CPU seconds (user + system) of the CLI's process from GNU time: less at the mercy of a busy machine. */
  cpuSeconds: number | null;
  /** Peak resident memory of the CLI's process, MiB (null if it could not be measured). */
  peakMiB: number | null;
  /** How the peak was measured. */
  peakBy: 'GNU time %M' | 'VmHWM polled every 50 ms' | 'not measured';
  /** Exit code, or the signal that ended it (a timeout sends SIGTERM). */
  status: number | string;
  stderr: string;
}

/** Options for a CLI run: a time limit, and a folder for a CPU profile (`node --cpu-prof`). */
export interface CliOptions {
  timeoutSeconds?: number;
  /** Writes `<output name>.cpuprofile` there (open it in Chrome DevTools or speedscope). */
  profileDir?: string | undefined;
}

/** Runs `node [flags of the claims script] scripts/claims.mjs --output <output> <inputs…>` and measures it. */
export async function runClaimsCli(inputs: string[], output: string, options: CliOptions = {}): Promise<CliRun> {
  const { timeoutSeconds = 900, profileDir } = options;
  const nodeArgs = profileDir
    ? ['--cpu-prof', '--cpu-prof-dir', profileDir, '--cpu-prof-name', `${basename(output, '.json')}.cpuprofile`]
    : [];
  const timeFile = `${output}.time`;
  const gnuTime = existsSync('/usr/bin/time');
  const node = [process.execPath, ...claimsNodeFlags(), ...nodeArgs, CLI, '--output', output, ...inputs];
  const command = gnuTime ? ['/usr/bin/time', '-f', '%M %U %S', '-o', timeFile, ...node] : node;
  const started = performance.now();
  const child = spawn(command[0]!, command.slice(1), { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.setEncoding('utf8');
  child.stderr.on('data', (chunk: string) => (stderr += chunk));
  // Without GNU time: VmHWM is the process's own high-water mark, so the last reading is the peak
  // up to 50 ms before the end. With GNU time, the child polled is `time`, so nothing to poll.
  let polled = 0;
  const poller = gnuTime
    ? undefined
    : setInterval(() => {
        try {
          const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
          polled = Math.max(polled, Number(/^VmHWM:\s+(\d+) kB/m.exec(status)?.[1] ?? 0));
        } catch {
          // Gone already.
        }
      }, 50);
  const killer = setTimeout(() => {
    // GNU time does not pass signals on: end the node process under it (its only child).
    const pids = gnuTime ? childrenOf(child.pid) : [child.pid];
    for (const pid of pids) if (pid !== undefined) process.kill(pid, 'SIGTERM');
  }, timeoutSeconds * 1000);
  const exit = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal }));
  });
  const seconds = (performance.now() - started) / 1000;
  clearTimeout(killer);
  if (poller) clearInterval(poller);
  let peakMiB: number | null = null;
  let peakBy: CliRun['peakBy'] = 'not measured';
  let cpuSeconds: number | null = null;
  if (gnuTime && existsSync(timeFile)) {
    const [kib, user, system] = readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number);
    if (kib !== undefined && Number.isFinite(kib) && kib > 0) [peakMiB, peakBy] = [kib / 1024, 'GNU time %M'];
    if (user !== undefined && system !== undefined && Number.isFinite(user + system)) cpuSeconds = user + system;
  } else if (polled > 0) [peakMiB, peakBy] = [polled / 1024, 'VmHWM polled every 50 ms'];
  return { seconds, cpuSeconds, peakMiB, peakBy, status: exit.code ?? exit.signal ?? 'unknown', stderr };
}

/** Direct children of a process, from /proc/<pid>/task/<pid>/children. */
function childrenOf(pid: number | undefined): number[] {
  if (pid === undefined) return [];
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

function readOutput(file: string): Output {
  return JSON.parse(readFileSync(file, 'utf8')) as Output;
}

function failed(what: string, run: CliRun): Error {
  return new Error(
    `the claim CLI failed on ${what} (exit ${run.status}):\n${run.stderr.split('\n').slice(-20).join('\n')}`,
  );
}

/**
 * The confusion of yes/no predictions against labels (1 = positive): the counts (`tally` of the
 * training metrics) and precision, recall and F1 from them. The bench's decisions are made already
 * (two files share a claim or not), so there is no threshold as in `confusionAt`, and with nothing
 * predicted precision is 0, not the training metric's 1.
 */
export function predictionConfusion(predicted: readonly boolean[], labels: readonly (0 | 1)[]) {
  const { tp, fp, fn } = tally(predicted, labels);
  const precision = tp + fp === 0 ? 0 : tp / (tp + fp);
  const recall = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { tp, fp, fn, precision, recall, f1 };
}

/** For each article, the ids of the groups (claims or stories) that hold it. */
function membership(groups: readonly { id?: string; articles?: string[] }[]): Map<string, Set<string>> {
  const of = new Map<string, Set<string>>();
  groups.forEach((group, n) => {
    for (const article of group.articles ?? []) {
      const set = of.get(article) ?? new Set<string>();
      set.add(group.id ?? String(n));
      of.set(article, set);
    }
  });
  return of;
}

function share(of: Map<string, Set<string>>, a: string, b: string): boolean {
  const x = of.get(a);
  const y = of.get(b);
  if (!x || !y) return false;
  for (const id of x) if (y.has(id)) return true;
  return false;
}

/** What the stories of the output (when the engine writes them) say about a corpus. */
export interface StoryFigures {
  stories: number;
  /** Stories of two or more articles. */
  multiArticleStories: number;
  /** Articles in a story of two or more articles. */
  filesInMultiArticleStories: number;
}

function storyFigures(stories: readonly Story[]): StoryFigures {
  const multi = stories.filter((s) => (s.articles?.length ?? 0) >= 2);
  return {
    stories: stories.length,
    multiArticleStories: multi.length,
    filesInMultiArticleStories: new Set(multi.flatMap((s) => s.articles ?? [])).size,
  };
}

export interface StsbFigures {
  pairs: number;
  positives: number;
  files: number;
  /** Files the CLI would refuse as all page debris: left out, their pairs predicted negative. */
  filesLeftOutAsDebris: number;
  seconds: number;
  cpuSeconds: number | null;
  peakMiB: number | null;
  claims: number;
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
  /** The scorer's own dev F1 (from the bench's scorer section), and CLI F1 minus it. */
  scorerF1: number | null;
  difference: number | null;
  /**
   * The same figures split by how the pair's sentences end: both with final punctuation
   * (. ! ? … or a closing quote after one), or at least one without (a headline, a caption).
   */
  byEnding: {
    ending: 'both punctuated' | 'one or both unpunctuated';
    pairs: number;
    positives: number;
    precision: number;
    recall: number;
    f1: number;
  }[];
  /**
   * Where the CLI departs from the scorer on the same pairs (the scorer at its threshold, as in
   * the bench's dev figures): what segmenting and grouping cost or add. Null when the engine's
   * scorer modules could not be loaded.
   */
  versusScorer: {
    /** True pairs the scorer accepts and the CLI links / does not link. */
    truePairsBothFind: number;
    truePairsOnlyScorerFinds: number;
    /** …of those, pairs with a sentence without final punctuation. */
    truePairsOnlyScorerFindsUnpunctuated: number;
    truePairsOnlyCliFinds: number;
    /** False pairs the CLI links although the scorer rejects them (chained through a claim). */
    falsePairsOnlyCliLinks: number;
    falsePairsScorerAccepts: number;
  } | null;
  /** Null when the output has no `stories` field. */
  stories: (StoryFigures & { positivePairsInOneStory: number; negativePairsInOneStory: number }) | null;
}

/**
 * Whether the committed scorer, on its own, takes each pair for the same claim (as the bench's
 * dev figures do). Loaded lazily and forgiven when the engine's modules change shape: these
 * figures explain the end-to-end ones, they are not needed for them.
 */
async function scorerAccepts(pairs: readonly LabelledPair[]): Promise<boolean[] | null> {
  try {
    const { featureRows } = await import('../../src/lib/training/train.ts');
    const { predictLogistic } = await import('../../src/lib/claims/logistic.ts');
    const { defaultPairScorer } = await import('../../src/lib/claims/pair-model.ts');
    const { file } = defaultPairScorer();
    return featureRows(pairs).map((row) => predictLogistic(file.model, row) >= file.threshold);
  } catch (error) {
    console.log(`(The scorer's own verdicts could not be computed: ${(error as Error).message})`);
    return null;
  }
}

/** (a) Every dev pair as two one-line files through the CLI, all in one corpus, no event. */
export async function stsbEndToEnd(
  pairs: readonly LabelledPair[],
  work: string,
  scorerF1: number | null,
  options: CliOptions = {},
): Promise<StsbFigures> {
  const dir = join(work, 'stsb');
  mkdirSync(dir, { recursive: true });
  const width = String(pairs.length).length;
  const ids = pairs.map((_, i) => {
    const n = String(i + 1).padStart(width, '0');
    return [`p${n}a`, `p${n}b`] as const;
  });
  let leftOut = 0;
  pairs.forEach((pair, i) => {
    [pair.a, pair.b].forEach((sentence, side) => {
      // The CLI refuses a .txt file that is all page debris (and with it the whole run).
      if (detectDebris(sentence).kept.trim() === '') leftOut++;
      else writeFileSync(join(dir, `${ids[i]![side]}.txt`), `${sentence}\n`);
    });
  });
  const output = join(work, 'stsb.json');
  const run = await runClaimsCli([dir], output, options);
  if (run.status !== 0) throw failed('the STSb-de dev pairs', run);
  const result = readOutput(output);
  const inClaims = membership(result.claims);
  const predicted = ids.map(([a, b]) => share(inClaims, a, b));
  const labels = pairs.map((p) => p.label);
  const scores = predictionConfusion(predicted, labels);
  const punctuated = (s: string) => /[.!?…:;]["'“”«»‘’)]*\s*$/u.test(s);
  const byEnding = (['both punctuated', 'one or both unpunctuated'] as const).map((ending) => {
    const which = pairs.map((p) => (punctuated(p.a) && punctuated(p.b)) === (ending === 'both punctuated'));
    const sub = predictionConfusion(
      predicted.filter((_, i) => which[i]),
      labels.filter((_, i) => which[i]),
    );
    return {
      ending,
      pairs: which.filter(Boolean).length,
      positives: labels.filter((l, i) => which[i] && l === 1).length,
      precision: sub.precision,
      recall: sub.recall,
      f1: sub.f1,
    };
  });
  const accepted = await scorerAccepts(pairs);
  const versusScorer = accepted && {
    truePairsBothFind: pairs.filter((_, i) => labels[i] === 1 && accepted[i] && predicted[i]).length,
    truePairsOnlyScorerFinds: pairs.filter((_, i) => labels[i] === 1 && accepted[i] && !predicted[i]).length,
    truePairsOnlyScorerFindsUnpunctuated: pairs.filter(
      (p, i) => labels[i] === 1 && accepted[i] && !predicted[i] && !(punctuated(p.a) && punctuated(p.b)),
    ).length,
    truePairsOnlyCliFinds: pairs.filter((_, i) => labels[i] === 1 && !accepted[i] && predicted[i]).length,
    falsePairsOnlyCliLinks: pairs.filter((_, i) => labels[i] === 0 && !accepted[i] && predicted[i]).length,
    falsePairsScorerAccepts: pairs.filter((_, i) => labels[i] === 0 && accepted[i]).length,
  };
  let stories: StsbFigures['stories'] = null;
  if (Array.isArray(result.stories)) {
    const inStories = membership(result.stories);
    const together = ids.map(([a, b]) => share(inStories, a, b));
    stories = {
      ...storyFigures(result.stories),
      positivePairsInOneStory: together.filter((t, i) => t && labels[i] === 1).length,
      negativePairsInOneStory: together.filter((t, i) => t && labels[i] === 0).length,
    };
  }
  return {
    pairs: pairs.length,
    positives: labels.filter((l) => l === 1).length,
    files: pairs.length * 2 - leftOut,
    filesLeftOutAsDebris: leftOut,
    seconds: run.seconds,
    cpuSeconds: run.cpuSeconds,
    peakMiB: run.peakMiB,
    claims: result.claims.length,
    ...scores,
    scorerF1,
    difference: scorerF1 === null ? null : scores.f1 - scorerF1,
    byEnding,
    versusScorer,
    stories,
  };
}

/** A claim that links articles, as listed for reading. */
export interface LinkSample {
  categories: string[];
  passages: { article: string; category: string; text: string }[];
}

export interface GnadFigures {
  articles: number;
  seconds: number;
  cpuSeconds: number | null;
  peakMiB: number | null;
  peakBy: CliRun['peakBy'];
  sentences: number;
  pairsCompared: number;
  claims: number;
  /** Claims whose passages come from two or more articles. */
  linking: number;
  /** Linking claims whose articles belong to two or more categories. */
  crossCategory: number;
  /** Lines the CLI printed as warnings (the date check among them), and the longest one's length. */
  warnings: number;
  longestWarningChars: number;
  /** Lines set aside as page debris. */
  setAside: number;
  stories: (StoryFigures & { crossCategoryStories: number }) | null;
  /** Up to 15 linking claims, those across categories first. */
  samples: LinkSample[];
  /** The linking claims matched against those a person has judged (tests/fixtures/kept-claims/). */
  judgement: { judged: number; unjudged: LinkSample[]; gone: JudgedClaim[] };
}

/** Shortens a passage to about `max` characters at a word boundary. */
export function shorten(text: string, max = 110): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.lastIndexOf(' ', max - 1);
  return `${flat.slice(0, cut > max / 2 ? cut : max - 1)} …`;
}

/** Writes articles as `<id>.txt` into `dir`; only the text goes into a file, never the category. */
function writeCorpus(dir: string, articles: readonly { id: string; text: string }[]): void {
  mkdirSync(dir, { recursive: true });
  for (const article of articles) writeFileSync(join(dir, `${article.id}.txt`), `${article.text}\n`);
}

/** The claims whose passages come from two or more articles. */
function linkingClaims(result: Output): Output['claims'] {
  return result.claims.filter((claim) => new Set(claim.passages.map((p) => p.article)).size >= 2);
}

/** The categories of some articles, each once, sorted. */
function categoriesOf(articles: readonly string[], categoryOf: ReadonlyMap<string, string>): string[] {
  return [...new Set(articles.map((a) => categoryOf.get(a) ?? '?'))].sort();
}

function corpusFigures(
  run: CliRun,
  result: Output,
  categoryOf: ReadonlyMap<string, string>,
): Omit<GnadFigures, 'articles'> {
  const cats = (articles: readonly string[]) => categoriesOf(articles, categoryOf);
  const linking = linkingClaims(result);
  const cross = linking.filter((claim) => cats(claim.articles).length >= 2);
  const ordered = [...cross, ...linking.filter((claim) => !cross.includes(claim))];
  const warnings = run.stderr.split('\n').filter((line) => line.startsWith('claims: warning'));
  const judgement = judgeClaims(linking, readJudgedClaims());
  return {
    seconds: run.seconds,
    cpuSeconds: run.cpuSeconds,
    peakMiB: run.peakMiB,
    peakBy: run.peakBy,
    sentences: result.stats.sentences,
    pairsCompared: result.stats.pairsCompared,
    claims: result.claims.length,
    linking: linking.length,
    crossCategory: cross.length,
    warnings: warnings.length,
    longestWarningChars: Math.max(0, ...warnings.map((w) => w.length)),
    setAside: run.stderr.split('\n').filter((line) => /^ {2}\S.*:\d+: /.test(line)).length,
    stories: Array.isArray(result.stories)
      ? {
          ...storyFigures(result.stories),
          crossCategoryStories: result.stories.filter((s) => cats(s.articles ?? []).length >= 2).length,
        }
      : null,
    samples: ordered.slice(0, 15).map((claim) => sample(claim, categoryOf)),
    judgement: {
      judged: judgement.judged.length,
      unjudged: judgement.unjudged.map((claim) => sample(claim, categoryOf)),
      gone: judgement.gone,
    },
  };
}

/** A claim as listed for reading: its categories and its passages, shortened. */
function sample(claim: Output['claims'][number], categoryOf: ReadonlyMap<string, string>): LinkSample {
  return {
    categories: categoriesOf(claim.articles, categoryOf),
    passages: claim.passages.map((p) => ({
      article: p.article,
      category: categoryOf.get(p.article) ?? '?',
      text: shorten(p.text),
    })),
  };
}

/** (b) The 514 real articles through the CLI as one corpus, no event. */
export async function gnadEndToEnd(
  articles: readonly GnadArticle[],
  work: string,
  options: CliOptions = {},
): Promise<GnadFigures> {
  const width = String(articles.length).length;
  const named = articles.map((a, i) => ({ id: `a${String(i + 1).padStart(width, '0')}`, ...a }));
  const dir = join(work, 'gnad');
  writeCorpus(dir, named);
  const output = join(work, 'gnad.json');
  const run = await runClaimsCli([dir], output, options);
  if (run.status !== 0) throw failed(`the ${articles.length} 10kGNAD articles`, run);
  const categoryOf = new Map(named.map((a) => [a.id, a.category]));
  return { articles: articles.length, ...corpusFigures(run, readOutput(output), categoryOf) };
}

export interface SpeedRow {
  articles: number;
  seconds: number | null;
  cpuSeconds: number | null;
  peakMiB: number | null;
  sentences: number | null;
  pairsCompared: number | null;
  claims: number | null;
  linking: number | null;
  /** Sentences written / distinct sentences among them: how often a sentence recurs verbatim. */
  reuse: number;
  /** Exit code or signal when the run did not finish (a timeout, or out of memory: 134). */
  failed: number | string | null;
  /** Why, in the CLI's own words: the last lines of its stderr that say so. */
  failure: string | null;
}

/** The lines of a failed run's stderr that say why (V8's heap message, an error), shortened. */
function whyFailed(run: CliRun, timeoutSeconds: number): string {
  // V8's own message comes first; the native stack after it says nothing to the reader.
  const line = run.stderr.split('\n').find((l) => /fatal error|out of memory|^\w*Error\b|^claims: /i.test(l));
  if (line) return shorten(line, 160);
  if (run.status === 143 || run.status === 'SIGTERM') return `ended after the time limit of ${timeoutSeconds} s`;
  return `exit ${run.status}, nothing on stderr`;
}

/** (c) Made-up corpora of the given sizes through the CLI, each in its own run. */
export async function speedEndToEnd(
  articles: readonly GnadArticle[],
  sizes: readonly number[],
  work: string,
  options: CliOptions = {},
): Promise<SpeedRow[]> {
  const rows: SpeedRow[] = [];
  for (const size of sizes) {
    const made = madeUpArticles(articles, size);
    const dir = join(work, `made-${size}`);
    writeCorpus(dir, made);
    const sentences = made.flatMap((a) => a.sentences);
    const reuse = sentences.length / new Set(sentences).size;
    const output = join(work, `made-${size}.json`);
    const run = await runClaimsCli([dir], output, options);
    if (run.status !== 0) {
      rows.push({
        articles: size,
        seconds: run.seconds,
        cpuSeconds: run.cpuSeconds,
        peakMiB: run.peakMiB,
        sentences: null,
        pairsCompared: null,
        claims: null,
        linking: null,
        reuse,
        failed: run.status,
        failure: whyFailed(run, options.timeoutSeconds ?? 900),
      });
      continue;
    }
    const result = readOutput(output);
    rows.push({
      articles: size,
      seconds: run.seconds,
      cpuSeconds: run.cpuSeconds,
      peakMiB: run.peakMiB,
      sentences: result.stats.sentences,
      pairsCompared: result.stats.pairsCompared,
      claims: result.claims.length,
      linking: linkingClaims(result).length,
      reuse,
      failed: null,
      failure: null,
    });
  }
  return rows;
}

/** The parts of the end-to-end bench. */
export type EndToEndPart = 'stsb' | 'gnad' | 'speed';
export const END_TO_END_PARTS: readonly EndToEndPart[] = ['stsb', 'gnad', 'speed'];

export interface EndToEndOptions {
  parts?: readonly EndToEndPart[];
  /** The scorer's own dev F1, printed beside the CLI's. */
  scorerF1?: number | null;
  /** Sizes of the made-up corpora (default 1,000 and 10,000). */
  speedSizes?: readonly number[];
  /** A CLI run longer than this is ended (default 900 s). */
  timeoutSeconds?: number;
  /** Run the CLI with `node --cpu-prof` and write its profiles into this folder (slows it a little). */
  profileDir?: string;
}

export interface EndToEndFigures {
  when: string;
  node: string;
  /** Load average of the machine when the bench started (1, 5, 15 minutes): timings are shared. */
  loadAverage: number[];
  stsb?: StsbFigures | { skipped: string };
  gnad?: GnadFigures | { skipped: string };
  speed?:
    | { rows: SpeedRow[]; ratio10xOver1x: number | null; cpuRatio: number | null; ratioOverReal: number | null }
    | { skipped: string };
}

const f3 = (n: number) => n.toFixed(3);
const mib = (n: number | null) => (n === null ? 'n/a' : `${n.toFixed(0)} MiB`);
const int = (n: number | null) => (n === null ? 'n/a' : n.toLocaleString('en'));
const cpu = (n: number | null) => (n === null ? 'n/a' : `${n.toFixed(2)} s`);

function printStsb(s: StsbFigures): void {
  console.log(
    `End to end (a): STSb-de dev pairs as one-line .txt files, sentences as written, one corpus, no event (${int(s.files)} files, ${int(s.pairs)} pairs, ${int(s.positives)} positive)`,
  );
  console.log('| | precision | recall | F1 | TP | FP | FN | claims | wall time | CPU time | peak memory |');
  console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  console.log(
    `| CLI, pair = files share a claim | ${f3(s.precision)} | ${f3(s.recall)} | ${f3(s.f1)} | ${s.tp} | ${s.fp} | ${s.fn} | ${int(s.claims)} | ${s.seconds.toFixed(2)} s | ${cpu(s.cpuSeconds)} | ${mib(s.peakMiB)} |`,
  );
  for (const row of s.byEnding)
    console.log(
      `| ${row.ending} (${int(row.pairs)} pairs, ${int(row.positives)} positive) | ${f3(row.precision)} | ${f3(row.recall)} | ${f3(row.f1)} | | | | | | | |`,
    );
  if (s.scorerF1 !== null && s.difference !== null)
    console.log(
      `\nScorer's own dev F1 ${f3(s.scorerF1)}; CLI F1 ${f3(s.f1)}; difference ${s.difference >= 0 ? '+' : ''}${f3(s.difference)} (issue 20 wants it within 0.03: ${Math.abs(s.difference) <= 0.03 ? 'OK' : 'OVER'}).`,
    );
  if (s.versusScorer) {
    const v = s.versusScorer;
    console.log(
      `Against the scorer on the same pairs: of ${s.positives} true pairs, both find ${v.truePairsBothFind}; the scorer alone ${v.truePairsOnlyScorerFinds} (${v.truePairsOnlyScorerFindsUnpunctuated} of them with a sentence without final punctuation), the CLI alone ${v.truePairsOnlyCliFinds}. False pairs: the scorer accepts ${v.falsePairsScorerAccepts}; the CLI links ${v.falsePairsOnlyCliLinks} more that the scorer rejects (through a claim).`,
    );
  }
  if (s.filesLeftOutAsDebris > 0)
    console.log(
      `${s.filesLeftOutAsDebris} sentences are all page debris to the CLI: left out, their pairs count as not linked.`,
    );
  if (s.stories)
    console.log(
      `Stories: ${s.stories.stories} (${s.stories.multiArticleStories} of two or more files, holding ${s.stories.filesInMultiArticleStories} files); positive pairs in one story ${s.stories.positivePairsInOneStory} of ${s.positives}, negative pairs in one story ${s.stories.negativePairsInOneStory}.`,
    );
  else console.log('Stories: the claims JSON has no `stories` field.');
  console.log('');
}

function printGnad(g: GnadFigures): void {
  console.log(`End to end (b): 10kGNAD dev, ${g.articles} real articles as .txt files, one corpus, no event`);
  console.log(
    '| claims | linking >= 2 articles | linking categories | sentences | pairs compared | wall time (with start-up) | CPU time | peak memory | warnings | lines set aside |',
  );
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  console.log(
    `| ${int(g.claims)} | ${int(g.linking)} | ${int(g.crossCategory)} | ${int(g.sentences)} | ${int(g.pairsCompared)} | ${g.seconds.toFixed(2)} s | ${cpu(g.cpuSeconds)} | ${mib(g.peakMiB)} | ${g.warnings}${g.warnings > 0 ? ` (longest ${g.longestWarningChars} chars)` : ''} | ${g.setAside} |`,
  );
  console.log(`Targets of issue 20: <= 10 linking, <= 2 across categories, <= 3 s. Peak memory by ${g.peakBy}.`);
  if (g.stories)
    console.log(
      `Stories: ${g.stories.stories} (${g.stories.multiArticleStories} of two or more articles, holding ${g.stories.filesInMultiArticleStories}; ${g.stories.crossCategoryStories} mixing categories).`,
    );
  else console.log('Stories: the claims JSON has no `stories` field.');
  if (g.samples.length > 0) console.log(`\nLinking claims (${g.samples.length} shown, across categories first):`);
  g.samples.forEach((sample, n) => printSample(sample, `${n + 1}.`));
  const { judged, unjudged, gone } = g.judgement;
  const file = relative(ROOT, KEPT_CLAIMS_FILE);
  console.log(
    `\nRead and judged by a person, each with the reason it is true (${file}): ${judged} of ${g.linking} linking claims.`,
  );
  if (unjudged.length > 0) {
    console.log(
      `NOT YET JUDGED: ${unjudged.length}; read each, then add it to ${file} with the reason it is true, or fix the engine:`,
    );
    unjudged.forEach((claim) => printSample(claim, '-'));
  }
  for (const claim of gone)
    console.log(`Judged, no longer found: ${claim.passages.map((p) => `${p.article} "${p.quote}"`).join(' / ')}`);
  console.log('');
}

function printSample(sample: LinkSample, mark: string): void {
  console.log(`${mark} [${sample.categories.join(' / ')}]`);
  for (const p of sample.passages.slice(0, 6)) console.log(`   ${p.article} (${p.category}): ${p.text}`);
  if (sample.passages.length > 6) console.log(`   … and ${sample.passages.length - 6} more passages`);
}

function printSpeed(
  rows: readonly SpeedRow[],
  real: GnadFigures | undefined,
): {
  ratio10xOver1x: number | null;
  cpuRatio: number | null;
  ratioOverReal: number | null;
} {
  console.log(
    'End to end (c): made-up articles (10kGNAD dev sentences reshuffled within a category, seed 20), one corpus, no event',
  );
  console.log(
    '| articles | wall time (with start-up) | CPU time | peak memory | sentences | pairs compared | claims | linking | sentence reuse |',
  );
  console.log('| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
  if (real)
    console.log(
      `| ${real.articles} (real) | ${real.seconds.toFixed(2)} s | ${cpu(real.cpuSeconds)} | ${mib(real.peakMiB)} | ${int(real.sentences)} | ${int(real.pairsCompared)} | ${int(real.claims)} | ${int(real.linking)} | 1.0 |`,
    );
  for (const r of rows)
    console.log(
      `| ${int(r.articles)} | ${r.seconds === null ? 'n/a' : `${r.seconds.toFixed(2)} s`}${r.failed !== null ? ` (failed: ${r.failed})` : ''} | ${cpu(r.cpuSeconds)} | ${mib(r.peakMiB)} | ${int(r.sentences)} | ${int(r.pairsCompared)} | ${int(r.claims)} | ${int(r.linking)} | ${r.reuse.toFixed(1)} |`,
    );
  for (const r of rows)
    if (r.failure !== null) console.log(`\n${int(r.articles)} articles did not finish: ${r.failure}.`);
  const done = rows.filter((r) => r.failed === null && r.seconds !== null);
  const small = done.find((r) => r.articles === 1000) ?? done[0];
  const large = done.find((r) => r.articles === 10000) ?? done.at(-1);
  const ratio10xOver1x = small && large && large.articles > small.articles ? large.seconds! / small.seconds! : null;
  const ratioOverReal = real && large ? large.seconds! / real.seconds : null;
  const cpuRatio =
    small?.cpuSeconds && large?.cpuSeconds && large.articles > small.articles
      ? large.cpuSeconds / small.cpuSeconds
      : null;
  if (ratio10xOver1x !== null && small && large)
    console.log(
      `\n${int(large.articles)} / ${int(small.articles)} articles: ${ratio10xOver1x.toFixed(2)} times the time (issue 20: ten times the articles <= 11 times the time: ${large.articles === small.articles * 10 ? (ratio10xOver1x <= 11 ? 'OK' : 'OVER') : 'not a tenfold step'}).`,
    );
  else if (rows.some((r) => r.failed !== null))
    console.log('\nNo ratio between made-up corpora: the larger one did not finish.');
  if (cpuRatio !== null)
    console.log(`In CPU time (less sensitive to other people's work): ${cpuRatio.toFixed(2)} times.`);
  if (ratioOverReal !== null && real && large)
    console.log(
      `${int(large.articles)} made-up / ${real.articles} real articles: ${ratioOverReal.toFixed(2)} times the time.`,
    );
  const biggest = rows.at(-1);
  if (biggest)
    console.log(
      `Targets: 10,000 in <= 60 s and < 2 GB. The made-up corpus of ${int(biggest.articles)} repeats each sentence about ${biggest.reuse.toFixed(0)} times verbatim (in different articles), which real news does not.`,
    );
  console.log('');
  return { ratio10xOver1x, cpuRatio, ratioOverReal };
}

/** Runs the chosen parts in a temporary folder under `work`, prints them and returns the figures. */
export async function runEndToEnd(work: string, options: EndToEndOptions = {}): Promise<EndToEndFigures> {
  const { parts = END_TO_END_PARTS, scorerF1 = null, speedSizes = [1000, 10000], timeoutSeconds } = options;
  const cli: CliOptions = {
    ...(timeoutSeconds === undefined ? {} : { timeoutSeconds }),
    profileDir: options.profileDir,
  };
  const figures: EndToEndFigures = {
    when: new Date().toISOString(),
    node: process.version,
    loadAverage: loadavg().map((n) => Math.round(n * 100) / 100),
  };
  console.log(
    `End-to-end bench, ${figures.node}, load average ${figures.loadAverage.join(' ')} (2 shared cores: timings vary).\n`,
  );
  if (parts.includes('stsb')) {
    if (!existsSync(join(STSB_FOLDER, 'dev.csv'))) {
      figures.stsb = { skipped: `no dev.csv in ${STSB_FOLDER}` };
      console.log(`End to end (a): skipped, ${figures.stsb.skipped}.\n`);
    } else {
      const s = await stsbEndToEnd(readSplit(STSB_FOLDER, 'dev'), work, scorerF1, cli);
      figures.stsb = s;
      printStsb(s);
    }
  }
  const gnadThere = existsSync(join(GNAD_FOLDER, 'articles.csv'));
  const articles = gnadThere ? readGnad(GNAD_FOLDER) : [];
  let real: GnadFigures | undefined;
  if (parts.includes('gnad') || parts.includes('speed')) {
    if (!gnadThere) {
      figures.gnad = { skipped: `no articles.csv in ${GNAD_FOLDER}` };
      console.log(`End to end (b) and (c): skipped, ${figures.gnad.skipped}.\n`);
      return figures;
    }
    real = await gnadEndToEnd(articles, work, cli);
    if (parts.includes('gnad')) {
      figures.gnad = real;
      printGnad(real);
    }
  }
  if (parts.includes('speed')) {
    const rows = await speedEndToEnd(articles, speedSizes, work, cli);
    figures.speed = { rows, ...printSpeed(rows, real) };
  }
  return figures;
}
