/**
 * npm run claims -- <files or folders>
 *
 * Finds the claims shared by German articles (.md with or without frontmatter, or .txt) and
 * prints the same JSON as dist/claims.json on stdout. Errors go to stderr with exit code 1;
 * progress is shown on stderr when it is a terminal.
 */
import { writeFile } from 'node:fs/promises';
import { analyseCorpus } from '../src/lib/claims/engine.ts';
import { InputError, readArticles } from './lib/read-inputs.ts';

const USAGE = `Usage: npm run -s claims -- [--output claims.json] <file.md|file.txt|folder> [...]
  Prints the claims JSON on stdout (npm's -s keeps npm's own banner out of it),
  or writes it to the file given with --output.`;

async function main(args: string[]): Promise<number> {
  if (args.length === 0 || args.includes('--help') || args.includes('-h')) {
    process.stderr.write(`${USAGE}\n`);
    return args.length === 0 ? 2 : 0;
  }
  const outputAt = args.findIndex((arg) => arg === '--output' || arg === '-o');
  const output = outputAt >= 0 ? args[outputAt + 1] : undefined;
  if (outputAt >= 0 && !output) throw new InputError('--output needs a file name.');
  const inputs = outputAt >= 0 ? args.filter((_, i) => i !== outputAt && i !== outputAt + 1) : args;
  const articles = await readArticles(inputs);
  const progress = process.stderr.isTTY
    ? (done: number, total: number) => process.stderr.write(`\rVergleiche Satzpaare: ${done}/${total}`)
    : undefined;
  const result = analyseCorpus(articles, { onProgress: progress });
  if (progress) process.stderr.write('\n');
  const json = `${JSON.stringify(result, null, 2)}\n`;
  if (output) await writeFile(output, json);
  else process.stdout.write(json);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => (process.exitCode = code),
  (error: unknown) => {
    process.stderr.write(`claims: ${error instanceof InputError ? error.message : String(error)}\n`);
    process.exitCode = 1;
  },
);
