import { spawnSync } from 'node:child_process';
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { writeArticle } from './generate-articles.ts';
import { CONTENT, ROOT } from './paths.ts';

/** Variables Vitest sets for its own Vite run; a child `astro build` must not inherit them. */
const VITEST_ENV = [
  'BASE_URL',
  'MODE',
  'DEV',
  'PROD',
  'SSR',
  'NODE_ENV',
  'VITEST',
  'VITEST_MODE',
  'VITEST_POOL_ID',
  'VITEST_WORKER_ID',
];

/**
 * Runs a script of the project (a path relative to the root) with the Node that runs the tests,
 * without Vitest's own variables; returns status and all output. A run that exceeds `timeout`
 * (ms) is killed and returns status null, so a hanging build fails its test instead of stalling
 * the suite.
 */
export function runProjectScript(
  script: string,
  args: string[],
  env: Record<string, string> = {},
  { timeout = 170_000 }: { timeout?: number } = {},
): { status: number | null; output: string } {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([key]) => !VITEST_ENV.includes(key)));
  const result = spawnSync(process.execPath, [join(ROOT, script), ...args], {
    cwd: ROOT,
    env: { ...inherited, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1', ...env },
    encoding: 'utf8',
    timeout,
    killSignal: 'SIGKILL',
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

/** Runs the project's `astro` CLI (see {@link runProjectScript}). */
export function runAstro(
  args: string[],
  env: Record<string, string> = {},
  options: { timeout?: number } = {},
): { status: number | null; output: string } {
  return runProjectScript('node_modules/astro/bin/astro.mjs', args, env, options);
}

/**
 * Builds the site as `npm run build` does (scripts/build.ts: `astro build`, then the search
 * index, then the swap into `SYNOPSE_OUT_DIR`); see {@link runProjectScript}.
 */
export function runBuild(
  env: Record<string, string> = {},
  options: { timeout?: number } = {},
): { status: number | null; output: string } {
  return runProjectScript('scripts/build.ts', [], env, options);
}

/** A copy of the project's content built on its own: where it is, and how the build went. */
export interface BuiltCopy {
  /** The copied content folder (after `edit`). */
  content: string;
  /** The built site. */
  out: string;
  status: number | null;
  output: string;
  seconds: number;
}

/**
 * Copies content/ into `dir`, lets `edit` change the copy (add an article, break a file), and
 * builds it with its own cache and output folder, so the project's own dist/ is never touched.
 */
export function buildContentCopy(
  dir: string,
  edit: (content: string) => void,
  { env = {}, timeout }: { env?: Record<string, string>; timeout?: number } = {},
): BuiltCopy {
  const content = join(dir, 'content');
  const out = join(dir, 'dist');
  cpSync(CONTENT, content, { recursive: true });
  edit(content);
  const started = performance.now();
  // Browser test files run two at a time (vitest.config.ts) and two of them build a copy: the
  // checkout's build lock lets one build at a time, and the other waits its turn.
  const result = runBuild(
    {
      SYNOPSE_CONTENT_DIR: content,
      SYNOPSE_CACHE_DIR: join(dir, 'cache'),
      SYNOPSE_OUT_DIR: out,
      SYNOPSE_BUILD_WAIT: String(LOCK_WAIT_SECONDS),
      ...env,
    },
    timeout === undefined ? {} : { timeout },
  );
  return { content, out, ...result, seconds: (performance.now() - started) / 1000 };
}

/** How long a build of a copy waits for another build of the checkout to finish. */
const LOCK_WAIT_SECONDS = 60;

/** One article to add to a content copy (see {@link buildCopyWithArticle}). */
export interface AddedArticle {
  slug: string;
  title: string;
  body: string;
}

/**
 * Builds a copy of the content with one article added to it, as the tests of one unusual article
 * (a long title, a third contradicting figure) need.
 */
export function buildCopyWithArticle(
  dir: string,
  article: AddedArticle,
  options: { env?: Record<string, string>; timeout?: number } = {},
): BuiltCopy {
  return buildContentCopy(
    dir,
    (content) => writeArticle(join(content, 'articles'), article.slug, article.title, article.body),
    options,
  );
}
