/**
 * A cold build of the site with `scripts/build.ts`, exactly as `npm run build` runs it, on a given
 * content folder, measured: wall time, peak memory and CPU time. Shared by the benchmarks of
 * `npm run bench` (scripts/lib/corpus-bench.ts, scripts/lib/large-article-bench.ts).
 *
 * Memory is measured two ways, because each misses something. Where GNU time is installed
 * (/usr/bin/time), the build runs under it and its %M is the largest max RSS of any single process
 * of the tree (the kernel carries it up through every waited-for child, so it is astro's, not that
 * of the small scripts/build.ts in front of it). Independently, the whole process tree is sampled
 * every 100 ms from /proc/<pid>/status: the sum of VmRSS (what the build holds at once; it can miss
 * a spike shorter than 100 ms and counts shared pages once per process) and the largest VmHWM (a
 * stand-in for %M where GNU time is missing).
 */
import { spawn } from 'node:child_process';
import { closeSync, cpSync, existsSync, mkdirSync, openSync, readFileSync, readdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** What a build needs from the project besides node_modules (which is linked, not copied). */
const PROJECT_FILES = [
  'src',
  'public',
  'scripts',
  'astro.config.mjs',
  'tsconfig.json',
  'package.json',
  'package-lock.json',
];

/**
 * Copies the project's code to `<dir>/project`, with node_modules linked to the project's, and
 * returns that folder.
 *
 * Astro keeps generated types and the chunks of its prerender step in `<root>/.astro/`, whatever
 * the output and cache folders: two builds in one working tree at the same time overwrite each
 * other's chunks ("Cannot find module .astro/.prerender/chunks/...") and types. Several people
 * build in this tree at once, so a benchmark builds a copy instead of the tree itself: the same
 * code, astro and scripts/build.ts, without touching anyone's build.
 */
export function copyProject(dir: string): string {
  const project = join(dir, 'project');
  mkdirSync(project);
  for (const name of PROJECT_FILES) cpSync(join(ROOT, name), join(project, name), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'), 'dir');
  return project;
}

export interface MeasuredBuildOptions {
  /** The project to build, a copy made by `copyProject`. */
  project: string;
  /** Content folder (SYNOPSE_CONTENT_DIR). */
  content: string;
  /** Output folder (SYNOPSE_OUT_DIR). */
  out: string;
  /** Cache folder (SYNOPSE_CACHE_DIR); a new one makes the build cold. */
  cache: string;
  /** File the build's stdout and stderr are written to. */
  log: string;
  /** End the build after this many seconds (default 1,200). */
  timeoutSeconds?: number;
}

export interface MeasuredBuild {
  /** Wall time, seconds. */
  seconds: number;
  /** Exit code of the build, or the signal that ended it (a timeout sends SIGTERM). */
  status: number | NodeJS.Signals;
  /** Largest sum of VmRSS over the build's process tree, sampled every 100 ms (bytes). */
  peakTreeBytes: number;
  /** Largest VmHWM of any single process of the tree, sampled every 100 ms (bytes). */
  peakProcessBytes: number;
  /**
   * Per program (the kernel's name of a process: `node`, `pagefind_extend`), the largest sum of
   * VmRSS of its processes in one sample (bytes): which program the tree's peak belongs to.
   */
  peakByProgramBytes: Record<string, number>;
  /** Largest max RSS of any single process of the tree, from GNU time %M (bytes), when available. */
  maxProcessBytes: number | undefined;
  /** CPU seconds (user + system) of the whole tree, from GNU time, when available. */
  cpuSeconds: number | undefined;
  /** The last 40 lines of the log, to explain a failed build. */
  logTail: string;
}

/** Builds `options.project` on the given folders and measures it (see the top of this file). */
export async function runMeasuredBuild(options: MeasuredBuildOptions): Promise<MeasuredBuild> {
  const { project, timeoutSeconds = 1200 } = options;
  const timeFile = `${options.log}.time`;
  const gnuTime = existsSync('/usr/bin/time');
  const node = [process.execPath, join(project, 'scripts/build.ts')];
  const command = gnuTime ? ['/usr/bin/time', '-f', '%M %U %S', '-o', timeFile, ...node] : node;
  const out = openSync(options.log, 'w');
  const started = performance.now();
  const child = spawn(command[0]!, command.slice(1), {
    cwd: project,
    stdio: ['ignore', out, out],
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: '1',
      FORCE_COLOR: '0',
      NO_COLOR: '1',
      SYNOPSE_CONTENT_DIR: options.content,
      SYNOPSE_OUT_DIR: options.out,
      SYNOPSE_CACHE_DIR: options.cache,
    },
  });
  closeSync(out);
  let peakTreeBytes = 0;
  let peakProcessBytes = 0;
  const peakByProgramBytes: Record<string, number> = {};
  let pids: number[] = [];
  const sampler = setInterval(() => {
    if (child.pid === undefined) return;
    pids = tree(child.pid);
    const status = pids.map(memory);
    peakTreeBytes = Math.max(
      peakTreeBytes,
      status.reduce((sum, { rss }) => sum + rss, 0),
    );
    peakProcessBytes = Math.max(peakProcessBytes, ...status.map(({ hwm }) => hwm));
    const byProgram = new Map<string, number>();
    for (const { name, rss } of status) if (name) byProgram.set(name, (byProgram.get(name) ?? 0) + rss);
    for (const [name, rss] of byProgram) peakByProgramBytes[name] = Math.max(peakByProgramBytes[name] ?? 0, rss);
  }, 100);
  // A build that hangs is ended, process by process (GNU time does not pass signals on).
  const killer = setTimeout(() => {
    for (const pid of pids.toReversed()) {
      try {
        process.kill(pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
    }
  }, timeoutSeconds * 1000);
  const exit = await new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) => resolve({ code, signal }));
  });
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  clearTimeout(killer);
  // GNU time's last line: max RSS (KiB) of the largest process, user and system seconds of the tree.
  const [kib, user, system] =
    gnuTime && existsSync(timeFile)
      ? readFileSync(timeFile, 'utf8').trim().split('\n').at(-1)!.split(' ').map(Number)
      : [];
  return {
    seconds,
    status: exit.code ?? exit.signal!, // Node sets one of the two.
    peakTreeBytes,
    peakProcessBytes,
    peakByProgramBytes,
    maxProcessBytes: kib !== undefined && Number.isFinite(kib) ? kib * 1024 : undefined,
    cpuSeconds: user !== undefined && system !== undefined ? user + system : undefined,
    logTail: readFileSync(options.log, 'utf8').split('\n').slice(-40).join('\n'),
  };
}

/** Parent pid of every process, from /proc/<pid>/stat (the field after the command in parentheses). */
function parents(): Map<number, number> {
  const map = new Map<number, number>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      map.set(Number(name), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // The process ended between listing and reading.
    }
  }
  return map;
}

/** `root` and all its descendants alive now. */
function tree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const [pid, ppid] of parents()) children.set(ppid, [...(children.get(ppid) ?? []), pid]);
  const found = [root];
  for (let i = 0; i < found.length; i++) found.push(...(children.get(found[i]!) ?? []));
  return found;
}

/** Name, VmRSS and VmHWM of a process (bytes), from /proc/<pid>/status; 0 when it is gone. */
function memory(pid: number): { name: string; rss: number; hwm: number } {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0) * 1024;
    return { name: /^Name:\s+(.*)$/m.exec(status)?.[1] ?? '', rss: field('VmRSS'), hwm: field('VmHWM') };
  } catch {
    return { name: '', rss: 0, hwm: 0 };
  }
}
