/**
 * npm run claims -- [--output FILE] [--event SLUG] <files or folders> [...]
 *
 * Finds the claims shared by German articles (.md with or without frontmatter, .txt, or .html
 * saved from a browser): the command itself is scripts/lib/claims-cli.ts, which says more.
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
