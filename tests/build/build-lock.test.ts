import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runBuild } from '../support/astro.ts';
import { ROOT } from '../support/paths.ts';

/**
 * Two builds of one checkout share .astro/; run at once, one failed with "Cannot find module
 * …/.astro/.prerender/chunks/…". scripts/build.ts holds a lock (.astro/build.lock): a second build
 * refuses and names the first, or with SYNOPSE_BUILD_WAIT waits for it; a lock whose build was
 * killed is taken over, and the folders that build left beside dist/ are removed.
 */
const work = mkdtempSync(join(tmpdir(), 'synopse-build-lock-'));
const LOCK = join(ROOT, '.astro', 'build.lock');
afterAll(() => {
  rmSync(work, { recursive: true, force: true });
  rmSync(LOCK, { recursive: true, force: true });
});

/** Plants a lock as a build with process `pid` would hold it. */
function plantLock(pid: number): void {
  mkdirSync(LOCK, { recursive: true });
  writeFileSync(join(LOCK, 'owner.json'), JSON.stringify({ pid, started: '2026-01-01T00:00:00.000Z' }));
}

/** A content folder that fails at once (an empty article), so no test waits for a whole build. */
function failingContent(name: string): string {
  const content = join(work, name, 'content');
  cpSync(join(ROOT, 'tests/fixtures/bad-input/base'), content, { recursive: true });
  writeFileSync(join(content, 'articles/gueltiger-artikel.md'), '---\ntitle: x\n---\n');
  return content;
}

function build(name: string, content: string, out: string, env: Record<string, string> = {}) {
  return runBuild(
    { SYNOPSE_CONTENT_DIR: content, SYNOPSE_CACHE_DIR: join(work, name, 'cache'), SYNOPSE_OUT_DIR: out, ...env },
    { timeout: 120_000 },
  );
}

describe('one build of a checkout at a time', () => {
  it('refuses a second build while the first runs, naming it, and leaves the first its lock', () => {
    const sleeper = spawn('sleep', ['60']);
    try {
      plantLock(sleeper.pid!);
      const out = join(work, 'second', 'dist');
      const result = build('second', failingContent('second'), out);
      expect(result.output).toContain(
        `Build refused: another build of this checkout is running (process ${sleeper.pid}, started 2026-01-01T00:00:00.000Z)`,
      );
      expect(result.output).toMatch(/Wait until it has finished and build again/);
      expect(result.status).toBe(1);
      expect(existsSync(join(LOCK, 'owner.json'))).toBe(true);
      expect(existsSync(out)).toBe(false);
    } finally {
      sleeper.kill();
      rmSync(LOCK, { recursive: true, force: true });
    }
  });

  it('with SYNOPSE_BUILD_WAIT, waits for the running build to end and then builds', () => {
    // A "build" that releases its lock after three seconds, as scripts/build.ts does when it ends;
    // the second one waits for it instead of refusing.
    const sleeper = spawn('sh', ['-c', `sleep 3; rm -rf '${LOCK}'`]);
    try {
      plantLock(sleeper.pid!);
      const result = build('waiting', failingContent('waiting'), join(work, 'waiting', 'dist'), {
        SYNOPSE_BUILD_WAIT: '60',
      });
      expect(result.output).not.toMatch(/Build refused/);
      // The content fails its checks: the build ran, and released the lock it took.
      expect(result.output).toMatch(/gueltiger-artikel\.md/);
      expect(result.status).not.toBe(0);
      expect(existsSync(LOCK)).toBe(false);
    } finally {
      sleeper.kill();
      rmSync(LOCK, { recursive: true, force: true });
    }
  });

  it('refuses a SYNOPSE_BUILD_WAIT that is not a number of seconds, saying what it takes', () => {
    const result = build('bad-wait', failingContent('bad-wait'), join(work, 'bad-wait', 'dist'), {
      SYNOPSE_BUILD_WAIT: 'eine Minute',
    });
    expect(result.output).toContain(
      'Build refused: SYNOPSE_BUILD_WAIT is "eine Minute"; it takes the seconds to wait for another build of this checkout, e.g. SYNOPSE_BUILD_WAIT=60.',
    );
    expect(result.status).toBe(1);
  });

  it('takes over the lock of a killed build and removes the dist.next-* folders it left', async () => {
    const dead = spawn('true');
    const pid = dead.pid!;
    await new Promise<void>((resolve) => dead.on('exit', () => resolve()));
    plantLock(pid);
    const parent = join(work, 'killed');
    const out = join(parent, 'dist');
    mkdirSync(join(out), { recursive: true });
    writeFileSync(join(out, 'index.html'), '<p>Vorige Fassung</p>\n');
    mkdirSync(join(parent, 'dist.next-abc123', 'artikel'), { recursive: true });
    writeFileSync(join(parent, 'dist.next-abc123', 'artikel', 'halb.html'), '<p>halb');
    const result = build('killed', failingContent('killed'), out);
    expect(result.output).toContain('Removed dist.next-abc123, left by an interrupted build.');
    expect(result.output).not.toMatch(/Build refused/);
    expect(result.status).not.toBe(0);
    expect(readdirSync(parent).filter((name) => name.startsWith('dist'))).toEqual(['dist']);
    expect(readdirSync(out)).toEqual(['index.html']);
    expect(existsSync(LOCK)).toBe(false);
  });
});
