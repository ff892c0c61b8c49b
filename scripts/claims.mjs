/**
 * npm run claims -- [--output FILE] [--event SLUG] <files or folders> [...]
 *
 * Finds the claims shared by German articles (.md with or without frontmatter, or .txt) and
 * prints the same JSON as dist/claims.json on stdout. Plain-text files are raw pages: page debris
 * is set aside first and listed on stderr. Errors go to stderr with exit code 1; progress is shown
 * on stderr when it is a terminal. The command itself is scripts/lib/claims-cli.ts.
 */
import { enableCompileCache } from 'node:module';

// Compiling the engine's TypeScript modules is a sixth of a run on a few hundred articles;
// Node keeps the compiled code in its cache folder (in the system's temporary folder) for the
// next run. The modules are imported after this line for that reason, and this file is
// JavaScript: a TypeScript entry would load Node's type stripper on every run (80 ms, a fifth of
// the start-up), although everything after it comes from the cache.
enableCompileCache();
const { runClaimsCommand } = await import('./lib/claims-cli.ts');
process.exitCode = await runClaimsCommand(process.argv.slice(2));
