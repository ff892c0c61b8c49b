import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readCommandLine, userPath } from '../../scripts/lib/args.ts';
import { parseClaimsArgs } from '../../scripts/lib/claims-cli.ts';
import { CONTENT_DIR } from '../../src/lib/content/location.ts';

/** How `npm run claims` reads its command line: paths, options, and nothing left unused. */

const work = mkdtempSync(join(tmpdir(), 'synopse-claims-args-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));
/** The folder the user ran npm in, in these tests: not the project root npm runs scripts in. */
const user = join(work, 'hier');

/** The message parseClaimsArgs refuses a command line with. */
function refusal(args: string[], folder = user): string {
  try {
    parseClaimsArgs(args, folder);
  } catch (error) {
    expect((error as Error).name).toBe('InputError');
    return (error as Error).message;
  }
  throw new Error(`accepted: ${args.join(' ')}`);
}

describe('paths on the command line', () => {
  it('are taken from the folder npm was run in, not the project root', () => {
    expect(userPath('articles', user)).toBe(join(user, 'articles'));
    expect(userPath('../x.md', user)).toBe(join(work, 'x.md'));
    expect(userPath('/abs/a.txt', user)).toBe('/abs/a.txt');
    // Run where the script runs, the path stays as typed, so messages show it as written.
    expect(userPath('content/articles', process.cwd())).toBe('content/articles');
  });

  it('resolve inputs, --output and the --check-editorial folder alike', () => {
    expect(parseClaimsArgs(['-o', 'out.json', '--event', 'e', 'articles', '/abs/b.txt'], user)).toEqual({
      kind: 'claims',
      output: join(user, 'out.json'),
      inputs: [
        { path: join(user, 'articles'), event: 'e' },
        { path: '/abs/b.txt', event: 'e' },
      ],
    });
    expect(parseClaimsArgs(['--check-editorial', '.'], user)).toEqual({ kind: 'check-editorial', folder: user });
    // The default is the project's content, wherever the command is run.
    expect(parseClaimsArgs(['--check-editorial'], user)).toEqual({ kind: 'check-editorial', folder: CONTENT_DIR });
  });
});

describe('a file whose name starts with a dash', () => {
  const file = '-strich.txt';
  writeFileSync(join(work, file), 'Ein Satz.\n');

  it('is refused as an option with the hint to put -- before it, when it exists', () => {
    const hint = `"${file}" is read as options, as it starts with "-", but it is the name of a file. Put -- before file names that start with a dash: npm run -s claims -- -- ${file}`;
    expect(refusal([file], work)).toBe(hint);
    // "-o…" would have been --output with the value "…".
    writeFileSync(join(work, '-ohne.txt'), 'Ein Satz.\n');
    expect(refusal(['a.txt', '-ohne.txt'], work)).toContain('"-ohne.txt" is read as options');
  });

  it('is read after --, and an unknown option that names no file stays an unknown option', () => {
    expect(parseClaimsArgs(['--', file], work)).toMatchObject({ inputs: [{ path: join(work, file) }] });
    expect(refusal(['-x.txt'], work)).toMatch(/^unknown option "-x"\.\nUsage:/);
  });

  it('is recognised by every script reading its command line with readCommandLine', () => {
    const fail = (message: string) => new Error(message);
    expect(() => readCommandLine(['-neu.txt'], {}, 'Usage: npm run add -- FILE', fail, () => true)).toThrow(
      'npm run add -- -- -neu.txt',
    );
  });
});

describe('arguments the claims command does not use are refused, never ignored', () => {
  it('"-" as a file: standard input is not read', () => {
    expect(refusal(['-'])).toBe(
      '"-": standard input is not read; the claims command reads files and folders only. Save the text to a file and name that, e.g. npm run -s claims -- artikel.txt',
    );
  });

  it('--check-editorial anywhere on the line, with at most one folder and no claims options', () => {
    expect(parseClaimsArgs(['inhalt', '--check-editorial'], user)).toEqual({
      kind: 'check-editorial',
      folder: join(user, 'inhalt'),
    });
    expect(refusal(['--check-editorial', 'content', 'extra'])).toMatch(
      /^--check-editorial takes one content folder \(the folder of claims\.yaml and articles\/\), not 2: .*content, .*extra\.\nUsage:/,
    );
    expect(refusal(['--check-editorial', '--output', 'x.json'])).toMatch(
      /^--check-editorial writes no claims.*leave out --output\.$/,
    );
    expect(refusal(['--check-editorial', '--event', 'e', 'content'])).toMatch(/leave out --event\.$/);
    expect(refusal(['--check-editorial=content'])).toBe(
      '--check-editorial takes no value; write it alone, without "=content".',
    );
  });

  it('--event after the last file, which applies to none', () => {
    expect(refusal(['a.txt', '--event', 'gipfel'])).toBe(
      '--event gipfel comes after the last file or folder, so it applies to none; put it before the files and folders that report that event.',
    );
    expect(refusal(['--event', 'a', 'a.txt', '--event', 'b'])).toMatch(/^--event b comes after the last file/);
    // Each --event before its files is what it is for.
    expect(parseClaimsArgs(['--event', 'a', 'a.txt', '--event', 'b', 'b.txt'], user)).toMatchObject({
      inputs: [{ event: 'a' }, { event: 'b' }],
    });
  });

  it('--output given twice', () => {
    expect(refusal(['-o', 'a.json', '--output', 'b.json', 'x.txt'])).toBe(
      '--output is given twice ("a.json" and "b.json"); give it once.',
    );
  });
});
