/**
 * The large-article benchmark of `npm run bench` (issue 11, point 6): the project's content plus
 * one generated article of about 5 MB, built cold with `scripts/build.ts` exactly as
 * `npm run build` would, in a temporary folder that is removed afterwards.
 *
 * Peak memory is GNU time's %M: the largest maximum resident set of any single process of the
 * build (astro's, not that of the small scripts/build.ts in front of it). Without /usr/bin/time,
 * the largest VmHWM sampled from /proc every 100 ms is taken instead (scripts/lib/measured-build.ts).
 */
import { cpSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { longBody, writeArticle } from './generated-articles.ts';
import { copyProject, runMeasuredBuild } from './measured-build.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Words in the generated body: about 5.0 MB of Markdown. */
const WORDS = 550_000;
const SLUG = 'sehr-langer-artikel';

/**
 * Builds the project's content plus one article of about 5 MB with a copy of the project (see
 * `copyProject`) and measures the build: wall time in seconds, peak memory in MiB (see above), the
 * largest sum of resident memory over all its processes at once in MiB, and the article's size in
 * bytes.
 */
export async function benchLargeArticle(): Promise<{
  seconds: number;
  peakMiB: number;
  treeMiB: number;
  bytes: number;
}> {
  const dir = mkdtempSync(join(tmpdir(), 'synopse-large-article-'));
  try {
    const project = copyProject(dir);
    const content = join(dir, 'content');
    cpSync(join(ROOT, 'content'), content, { recursive: true });
    writeArticle(join(content, 'articles'), SLUG, 'Ein sehr langer Artikel', longBody(WORDS));
    const bytes = statSync(join(content, 'articles', `${SLUG}.md`)).size;
    const build = await runMeasuredBuild({
      project,
      content,
      out: join(dir, 'dist'),
      cache: join(dir, 'cache'),
      log: join(dir, 'build.log'),
    });
    if (build.status !== 0) throw new Error(`the large-article build failed (exit ${build.status}):\n${build.logTail}`);
    return {
      seconds: build.seconds,
      peakMiB: (build.maxProcessBytes ?? build.peakProcessBytes) / 1024 / 1024,
      treeMiB: build.peakTreeBytes / 1024 / 1024,
      bytes,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
