/**
 * A problem with one content file, phrased for the person who has to fix it:
 * which file, which field, what was found and what is expected.
 */
export class ContentError extends Error {
  /** Path of the offending file, relative to the project root. */
  readonly file: string;
  /** The frontmatter field, `body`, or `file` for problems with the file as a whole. */
  readonly field: string;
  /** What is wrong and what is expected instead. */
  readonly problem: string;

  // Plain fields, not constructor parameter properties: Node's type stripping (which runs the
  // command-line scripts) does not support those, and the scripts share these rules.
  constructor(file: string, field: string, problem: string) {
    super(`${file}: ${field === 'file' ? '' : `field "${field}": `}${problem}`);
    this.name = 'ContentError';
    this.file = file;
    this.field = field;
    this.problem = problem;
  }
}

/** Joins several content problems into one error so an editor sees all of them at once. */
export function combineContentErrors(errors: ContentError[]): Error {
  if (errors.length === 1) return errors[0]!;
  const error = new Error(
    `${errors.length} problems in content:\n` + errors.map((e) => `  - ${e.message}`).join('\n'),
  );
  error.name = 'ContentError';
  return error;
}
