import { describe, expect, it } from 'vitest';
import { readArticleFile } from '../../src/lib/content/article-file.ts';

const FIELDS = ['title', 'event'];
const FILE = 'content/articles/neu.md';
/** The message the build shows for `contents`, or undefined when the file is read. */
const problem = (contents: string) => {
  try {
    readArticleFile(FILE, contents, FIELDS);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
};

describe('an article file that is no article yet says so, instead of listing missing fields', () => {
  it('an empty file', () => {
    const message =
      'content/articles/neu.md: the file is empty; write the frontmatter (title, event) between two lines of "---", and the article text below it.';
    expect(problem('')).toBe(message);
    expect(problem('\n  \n')).toBe(message);
  });

  it('a frontmatter without its closing line', () => {
    expect(problem("---\ntitle: 'Neu'\nevent: gipfel\n\nDer Text.\n")).toBe(
      'content/articles/neu.md: line 1: the frontmatter opens with a line of "---" that no line of "---" closes. Add a line of "---" after its last field, above the article text.',
    );
  });

  it('a file without frontmatter', () => {
    expect(problem('Der Text.\n')).toBe(
      'content/articles/neu.md: line 1: the file has no frontmatter; start it with the frontmatter (title, event) between two lines of "---", above the article text.',
    );
  });

  it('reads an article', () => {
    const file = readArticleFile(FILE, "---\ntitle: 'Neu'\nevent: gipfel\n---\n\nDer Text.\n", FIELDS);
    expect(file.frontmatter).toEqual({ title: 'Neu', event: 'gipfel' });
    expect(file.body).toBe('Der Text.');
  });
});
