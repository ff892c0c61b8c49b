/**
 * `npm run build`: builds the site into a new folder beside the output folder, indexes it for
 * search (scripts/lib/search-index.ts, once Astro's process has ended) and swaps it in only when
 * both succeed.
 *
 * Astro empties its output folder before it writes; a build that fails late (a stale entry in
 * content/claims.yaml, an error while rendering) used to leave a dist/ of three files where the
 * working site had been. Here the previous site stays as it was until a complete one replaces it.
 *
 * The output folder is `SYNOPSE_OUT_DIR` (default `dist`), as for `astro build`; the build itself
 * gets `SYNOPSE_OUT_DIR` pointed at the new folder (astro.config.mjs reads it). Extra arguments
 * are passed to `astro build`. Astro's output and exit code come through unchanged; the new
 * folder is removed when the build fails or is interrupted.
 *
 * One build of a checkout runs at a time (scripts/lib/build-lock.ts): a second one refuses and
 * names the first. Folders left by a build killed outright (`dist.next-…`) are removed by the
 * next build; a `dist.old-…` is the previous site, put back if the kill fell between the two
 * renames of the swap.
 */
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, rename, rm, stat } from 'node:fs/promises';
import { constants } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BuildLockedError, acquireBuildLock } from './lib/build-lock.ts';
import { indexSite } from './lib/search-index.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const ASTRO = join(ROOT, 'node_modules/astro/bin/astro.mjs');

/**
 * Builds into a fresh sibling of `outDir` and, on success, puts it in place of `outDir`.
 * Resolves to the exit code to end with (128 + signal number when the build was interrupted).
 */
export async function buildAndSwap(outDir: string, args: readonly string[]): Promise<number> {
  const parent = dirname(outDir);
  await mkdir(parent, { recursive: true });
  // Beside the output folder, so the final rename stays on one file system and cannot half-copy.
  const next = await mkdtemp(join(parent, `${basename(outDir)}.next-`));
  let exit: { code: number | null; signal: NodeJS.Signals | null };
  try {
    exit = await runAstroBuild(next, args);
  } catch (error) {
    await rm(next, { recursive: true, force: true });
    throw error;
  }
  if (exit.code !== 0) {
    await rm(next, { recursive: true, force: true });
    if (exit.signal) return 128 + (constants.signals[exit.signal] ?? 0);
    console.error(`\nBuild failed: the previous site in ${outDir} is left as it was.`);
    return exit.code ?? 1;
  }
  try {
    const started = performance.now();
    const pages = await indexSite(next);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`[search] Pagefind: ${pages} pages indexed into ${join(outDir, 'pagefind')} in ${seconds} s`);
  } catch (error) {
    await rm(next, { recursive: true, force: true });
    console.error(`\nBuild failed: ${error instanceof Error ? error.message : String(error)}`);
    console.error(`The previous site in ${outDir} is left as it was.`);
    return 1;
  }
  await swapIn(next, outDir);
  return 0;
}

/**
 * Removes what a killed build left beside `outDir`: its half-built `.next-` folders, and the
 * `.old-` folder of an interrupted swap, which is put back when `outDir` is missing. Runs only
 * under the build lock, when no other build can be writing them.
 */
export async function removeLeftovers(outDir: string): Promise<string[]> {
  const parent = dirname(outDir);
  const name = basename(outDir);
  const entries = await readdir(parent).catch(() => [] as string[]);
  const removed: string[] = [];
  let present = Boolean(await stat(outDir).catch(() => undefined));
  for (const entry of entries.sort().reverse()) {
    const path = join(parent, entry);
    if (entry.startsWith(`${name}.old-`) && !present) {
      await rename(path, outDir);
      present = true;
    } else if (entry.startsWith(`${name}.next-`) || entry.startsWith(`${name}.old-`)) {
      await rm(path, { recursive: true, force: true });
      removed.push(entry);
    }
  }
  return removed;
}

/** Runs `astro build` with the output going to `outDir`, forwarding Ctrl-C and termination. */
function runAstroBuild(
  outDir: string,
  args: readonly string[],
): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolvePromise, reject) => {
    // The Node running this script (24 inside npm scripts), not whatever `node` the PATH has.
    // A 1 MB young generation: V8's default semi-spaces (up to 64 MB each) kept 130 MB more
    // resident in a normal build (568 → 442 MB peak) and 235 MB more with a 5 MB article
    // (1,154 → 919 MiB, npm run bench), at no measurable cost in time.
    const child = spawn(process.execPath, ['--max-semi-space-size=1', ASTRO, 'build', ...args], {
      cwd: ROOT,
      stdio: 'inherit',
      env: {
        // Rolldown and Astro's compiler allocate with mimalloc, which by default commits its 1 GiB
        // arenas eagerly and then never returns their freed pages: the bundling step's memory
        // stayed resident through the whole build. Lazily committed arenas are purged when freed
        // (normal build 465 → 317 MB peak, 5 MB article 990 → 729 MiB; time unchanged).
        MIMALLOC_ARENA_EAGER_COMMIT: '0',
        ...process.env,
        SYNOPSE_OUT_DIR: outDir,
      },
    });
    const forward = (signal: NodeJS.Signals) => child.kill(signal);
    const signals: NodeJS.Signals[] = ['SIGINT', 'SIGTERM', 'SIGHUP'];
    for (const signal of signals) process.on(signal, forward);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      for (const s of signals) process.off(s, forward);
      resolvePromise({ code, signal });
    });
  });
}

/**
 * Replaces `outDir` by `next`: the old folder is moved aside first and deleted only after the
 * new one is in place, and moved back if that fails.
 */
async function swapIn(next: string, outDir: string): Promise<void> {
  const old = `${next.replace(/\.next-([^/]*)$/, '.old-$1')}`;
  let hadOld = true;
  try {
    await rename(outDir, old);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    hadOld = false;
  }
  try {
    await rename(next, outDir);
  } catch (error) {
    if (hadOld) await rename(old, outDir);
    await rm(next, { recursive: true, force: true });
    throw error;
  }
  if (hadOld) await rm(old, { recursive: true, force: true });
}

/**
 * `SYNOPSE_BUILD_WAIT=<seconds>`: how long to wait for another build of the checkout to end
 * before refusing (default 0: refuse at once).
 */
function lockWaitSeconds(): number {
  const given = process.env.SYNOPSE_BUILD_WAIT ?? '0';
  const seconds = Number(given);
  if (given.trim() === '' || !Number.isFinite(seconds) || seconds < 0)
    throw new BuildLockedError(
      `SYNOPSE_BUILD_WAIT is "${given}"; it takes the seconds to wait for another build of this checkout, e.g. SYNOPSE_BUILD_WAIT=60.`,
    );
  return seconds;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outDir = resolve(ROOT, process.env.SYNOPSE_OUT_DIR ?? 'dist');
  let release: (() => Promise<void>) | undefined;
  try {
    release = await acquireBuildLock(ROOT, { waitMs: lockWaitSeconds() * 1000 });
    for (const entry of await removeLeftovers(outDir)) console.error(`Removed ${entry}, left by an interrupted build.`);
    process.exitCode = await buildAndSwap(outDir, process.argv.slice(2));
  } catch (error) {
    if (!(error instanceof BuildLockedError)) throw error;
    console.error(`Build refused: ${error.message}`);
    process.exitCode = 1;
  } finally {
    await release?.();
  }
}
