import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildContentCopy } from '../support/astro.ts';
import { CONTENT } from '../support/paths.ts';

/**
 * Symbolic links under content/ must not be followed: a link back up the tree
 * (content/articles/schleife -> ..) once made the content walk go on for ever, and a link can
 * reach outside the repository. The build must end quickly, failing with a message that names
 * the link. It runs with a timeout, so a regression fails instead of hanging the suite.
 */
const work = mkdtempSync(join(tmpdir(), 'synopse-symlinks-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function buildWith(name: string, addLinks: (content: string) => void) {
  return buildContentCopy(join(work, name), addLinks, { timeout: 90_000 });
}

describe('symbolic links in the content folder', () => {
  it('a link loop (articles/schleife -> ..) ends the build with a message naming the link', () => {
    const result = buildWith('loop', (content) => {
      symlinkSync('..', join(content, 'articles', 'schleife'));
      // Two links make a walk that follows them grow exponentially, not just 40 levels deep.
      symlinkSync('.', join(content, 'articles', 'hier'));
    });
    expect(result.status, result.output.slice(-3000)).not.toBeNull();
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/articles\/schleife: is a symbolic link \(to "\.\."\)/);
    expect(result.output).toMatch(/articles\/hier: is a symbolic link \(to "\."\)/);
    expect(result.output).toMatch(/Replace the link by the file or folder itself, or remove it/);
    expect(result.seconds).toBeLessThan(60);
  });

  it('a link to a file outside the repository is refused, not read', () => {
    const outside = join(work, 'ausserhalb.md');
    cpSync(join(CONTENT, 'articles', 'kim-sichert-putin-unterstuetzung-zu.md'), outside);
    const result = buildWith('outside', (content) => {
      symlinkSync(outside, join(content, 'articles', 'von-aussen.md'));
      symlinkSync(outside, join(content, 'sources', 'von-aussen.txt'));
    });
    expect(result.status, result.output.slice(-3000)).not.toBe(0);
    expect(result.output).toMatch(/articles\/von-aussen\.md: is a symbolic link \(to ".*ausserhalb\.md"\)/);
    expect(result.output).toMatch(/sources\/von-aussen\.txt: is a symbolic link/);
  });
});
