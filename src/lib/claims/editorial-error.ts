/**
 * An editorial entry that no longer fits the articles or the machine's claims. In a module of
 * its own, without the editorial file's schema: the engine raises it, and the claims command
 * would otherwise load Zod on every run to catch an error of a file it mostly never reads.
 */
export class EditorialError extends Error {
  constructor(file: string, entry: number | undefined, problem: string) {
    super(`${file}${entry === undefined ? '' : `, entry ${entry + 1}`}: ${problem}`);
    this.name = 'EditorialError';
  }
}
