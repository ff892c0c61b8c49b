/**
 * One build of a checkout at a time. Two `astro build` runs of the same checkout share
 * `.astro/.prerender` whatever the cache and output settings say; run at once, one failed with
 * "Cannot find module …/.astro/.prerender/chunks/…", which says nothing about the other build.
 *
 * The lock is a folder, `.astro/build.lock`, made with `mkdir` (which either creates it or fails:
 * two builds cannot both succeed), holding the owner's process id and start time. A lock whose
 * process no longer runs (a build killed with SIGKILL) is taken over.
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** A build that could not start because another holds the lock, with the message to show. */
export class BuildLockedError extends Error {
  override name = 'BuildLockedError';
}

interface Owner {
  pid: number;
  started: string;
}

function running(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function readOwner(lock: string): Promise<Owner | undefined> {
  try {
    const owner = JSON.parse(await readFile(join(lock, 'owner.json'), 'utf8')) as Partial<Owner>;
    return typeof owner.pid === 'number' && typeof owner.started === 'string'
      ? { pid: owner.pid, started: owner.started }
      : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Takes the build lock of the checkout at `root`, or throws a {@link BuildLockedError} naming the
 * build that holds it. With `waitMs`, a lock held by a running build is tried again every second
 * until that build ends or the time is up. Returns the function that releases it.
 */
export async function acquireBuildLock(root: string, { waitMs = 0 } = {}): Promise<() => Promise<void>> {
  const waitUntil = Date.now() + waitMs;
  for (;;) {
    try {
      return await takeLock(root);
    } catch (error) {
      if (!(error instanceof BuildLockedError) || Date.now() >= waitUntil) throw error;
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
}

async function takeLock(root: string): Promise<() => Promise<void>> {
  const lock = join(root, '.astro', 'build.lock');
  await mkdir(join(root, '.astro'), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await mkdir(lock);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = await readOwner(lock);
      // A lock without its owner file is being written this moment, or was left by a build
      // killed right after making it; one second later it is one or the other for sure.
      if (!owner) await new Promise((resolve) => setTimeout(resolve, 1000));
      const settled = owner ?? (await readOwner(lock));
      if (settled && running(settled.pid)) {
        throw new BuildLockedError(
          `another build of this checkout is running (process ${settled.pid}, started ${settled.started}); two builds at once would overwrite each other's files in .astro/. Wait until it has finished and build again. If no build is running, remove ${lock}.`,
        );
      }
      // The owner is gone (killed, or the machine restarted): its lock is stale.
      await rm(lock, { recursive: true, force: true });
      continue;
    }
    await writeFile(join(lock, 'owner.json'), JSON.stringify({ pid: process.pid, started: new Date().toISOString() }));
    return () => rm(lock, { recursive: true, force: true });
  }
  throw new BuildLockedError(`${lock}: could not be taken; another build took it at the same moment. Build again.`);
}
