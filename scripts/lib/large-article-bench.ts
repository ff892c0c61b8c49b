/**
 * The large-article benchmark of `npm run bench` (issue 11, point 6): the project's content plus
 * one generated article of about 5 MB, built cold with `scripts/build.ts` exactly as
 * `npm run build` would, in a temporary folder that is removed afterwards.
 *
 * Peak memory is GNU time's %M: the largest maximum resident set of any single process of the
 * build (the kernel carries it up through every waited-for child, so it is astro's, not that of
 * the small scripts/build.ts in front of it). Without /usr/bin/time, every process of the build
 * is sampled from /proc/<pid>/status every 100 ms and the largest VmHWM is taken instead.
 */
import { spawn } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { longBody, writeArticle } from '../../tests/support/generate-articles.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Words in the generated body: about 5.0 MB of Markdown. */
const WORDS = 550_000;
const SLUG = 'sehr-langer-artikel';

/** What a build needs from the project besides node_modules (which is linked, not copied). */
const PROJECT_FILES = ['src', 'public', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json'];

/**
 * Builds the project's content plus one article of about 5 MB and measures the build: wall time
 * in seconds, peak memory in MiB (see above), and the article's size in bytes.
 *
 * The build runs on a copy of the project's code (node_modules linked): Astro keeps the chunks of
 * its prerender step in `<root>/.astro/` whatever the output folder, so a build in the working
 * tree would collide with anyone else's build there.
 */
export async function benchLargeArticle(): Promise<{ seconds: number; peakMiB: number; bytes: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'synopse-large-article-'));
  try {
    const project = join(dir, 'project');
    mkdirSync(project);
    for (const name of PROJECT_FILES) cpSync(join(ROOT, name), join(project, name), { recursive: true });
    symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'), 'dir');
    const content = join(dir, 'content');
    cpSync(join(ROOT, 'content'), content, { recursive: true });
    writeArticle(join(content, 'articles'), SLUG, 'Ein sehr langer Artikel', longBody(WORDS));
    const bytes = statSync(join(content, 'articles', `${SLUG}.md`)).size;

    const timeFile = join(dir, 'time.txt');
    const gnuTime = existsSync('/usr/bin/time');
    const node = [process.execPath, join(project, 'scripts/build.ts')];
    const command = gnuTime ? ['/usr/bin/time', '-f', '%M', '-o', timeFile, ...node] : node;
    const started = performance.now();
    const child = spawn(command[0]!, command.slice(1), {
      cwd: project,
      stdio: ['ignore', 'ignore', 'pipe'],
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: '1',
        FORCE_COLOR: '0',
        NO_COLOR: '1',
        SYNOPSE_CONTENT_DIR: content,
        SYNOPSE_OUT_DIR: join(dir, 'dist'),
        SYNOPSE_CACHE_DIR: join(dir, 'cache'),
      },
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString()).slice(-20_000);
    });
    let sampledKiB = 0;
    const sampler = gnuTime
      ? undefined
      : setInterval(() => {
          if (child.pid !== undefined)
            for (const pid of processTree(child.pid)) sampledKiB = Math.max(sampledKiB, statusKiB(pid, 'VmHWM'));
        }, 100);
    const code = await new Promise<number | null>((resolve, reject) => {
      child.on('error', reject);
      child.on('exit', (exitCode) => resolve(exitCode));
    });
    const seconds = (performance.now() - started) / 1000;
    if (sampler) clearInterval(sampler);
    if (code !== 0) throw new Error(`the large-article build failed (exit ${code}):\n${stderr.slice(-4000)}`);
    const kib = gnuTime ? Number(readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)) : sampledKiB;
    return { seconds, peakMiB: kib / 1024, bytes };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `pid` and all its descendants, from /proc. */
function processTree(pid: number): number[] {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const parent = Number(/^PPid:\s+(\d+)/m.exec(readFileSync(`/proc/${name}/status`, 'utf8'))?.[1]);
      children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
    } catch {
      // Gone meanwhile.
    }
  }
  const all = [pid];
  for (let i = 0; i < all.length; i++) all.push(...(children.get(all[i]!) ?? []));
  return all;
}

/** A KiB field (VmHWM, VmRSS) of /proc/<pid>/status; 0 when the process is gone. */
function statusKiB(pid: number, field: string): number {
  try {
    return Number(new RegExp(`^${field}:\\s+(\\d+)`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}
