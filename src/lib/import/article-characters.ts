/**
 * The hidden characters an article file would be refused for, checked the way the build checks
 * it: the loader scans the file's text (src/loaders/article-loader.ts), and the schema refuses a
 * hidden character in any text field (src/content.config.ts). Both are needed here: YAML writes a
 * control character in a value as an escape ("\a"), which the file scan does not see and the
 * schema, reading the value, does.
 */
import { findHiddenCharacter, type HiddenCharacter } from '../content/characters.ts';
import { splitFrontmatter } from '../content/frontmatter.ts';

/** A hidden character in an article file: where (`line` of the file, or a frontmatter field) and which. */
export type ArticleHiddenCharacter =
  { where: 'file'; found: HiddenCharacter } | { where: 'field'; field: string; found: HiddenCharacter };

/** The first hidden character the build would refuse `contents` (an article file) for, or undefined. */
export function findHiddenInArticleFile(contents: string): ArticleHiddenCharacter | undefined {
  const inFile = findHiddenCharacter(contents);
  if (inFile) return { where: 'file', found: inFile };
  const { frontmatter } = splitFrontmatter(contents);
  const stack: [string, unknown][] = Object.entries(frontmatter);
  while (stack.length > 0) {
    const [field, value] = stack.shift()!;
    if (typeof value === 'string') {
      // A value is checked whole: a byte-order mark at its start is no file's start.
      const found = findHiddenCharacter(`\n${value}`);
      if (found) return { where: 'field', field, found: { ...found, line: found.line - 1 } };
    } else if (Array.isArray(value)) stack.push(...value.map((item, i): [string, unknown] => [`${field}[${i}]`, item]));
    else if (value && typeof value === 'object') {
      stack.push(...Object.entries(value).map(([key, item]): [string, unknown] => [`${field}.${key}`, item]));
    }
  }
  return undefined;
}
