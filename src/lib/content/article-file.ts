import { describeHiddenCharacter, findHiddenCharacter } from './characters.ts';
import { ContentError } from './content-error.ts';
import { FrontmatterError, frontmatterText, splitFrontmatter, type MarkdownFile } from './frontmatter.ts';

/**
 * Reads an article file's text (`file` as messages show it) into frontmatter and body, or throws
 * a content error for a file that is no article yet: one with a hidden character, an empty one,
 * one without frontmatter or with a frontmatter that cannot be read. An empty file, or one
 * whose frontmatter lacked its lines of "---", was reported as six missing fields although
 * the fields, if any, stood in the file; `fields` (the required ones) are named as the fix.
 */
export function readArticleFile(file: string, contents: string, fields: readonly string[]): MarkdownFile {
  // Before the YAML parser, which refused a NUL in the title naming another line and advising
  // on colons, and before the body reaches a page, where a NUL showed as "�".
  const hidden = findHiddenCharacter(contents);
  if (hidden) throw new ContentError(file, 'file', describeHiddenCharacter(hidden, file));
  const frontmatter = `the frontmatter (${fields.join(', ')}) between two lines of "---"`;
  if (contents.trim() === '') {
    throw new ContentError(file, 'file', `the file is empty; write ${frontmatter}, and the article text below it.`);
  }
  let parsed: MarkdownFile;
  try {
    // The one reading of an article file, shared with the command-line tools: a frontmatter the
    // build accepts, npm run claims reads the same way (TOML is refused by both).
    parsed = splitFrontmatter(contents);
  } catch (error) {
    if (error instanceof FrontmatterError) throw new ContentError(file, 'file', error.message);
    throw error;
  }
  // The command-line tools read any Markdown file, with frontmatter or without; an article has one.
  if (frontmatterText(contents) === undefined) {
    throw new ContentError(
      file,
      'file',
      `line 1: the file has no frontmatter; start it with ${frontmatter}, above the article text.`,
    );
  }
  return parsed;
}
