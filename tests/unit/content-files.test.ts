import { describe, expect, it } from 'vitest';
import { checkArticle, checkArticleFileNames, checkSharedSources } from '../../src/lib/content/article-rules.ts';
import { checkEventFileNames, checkEventFileText } from '../../src/lib/content/event-files.ts';

const FIELDS = ['name', 'date', 'place', 'summary'];
const messages = (errors: readonly Error[]) => errors.map((error) => error.message);

describe('files in the events folder', () => {
  it('gives every event file its id and passes over dotfiles', () => {
    const { ids, errors } = checkEventFileNames(['gipfel.yaml', 'treffen.yml', '.gitkeep'], 'content/events');
    expect(errors).toEqual([]);
    expect([...ids]).toEqual([
      ['gipfel.yaml', 'gipfel'],
      ['treffen.yml', 'treffen'],
    ]);
  });

  it('refuses two files of the same id, naming both, instead of reading one of them', () => {
    const { ids, errors } = checkEventFileNames(['gipfel.yml', 'gipfel.yaml'], 'content/events');
    expect(messages(errors)).toEqual([
      'content/events/gipfel.yml: duplicate event id "gipfel": content/events/gipfel.yaml has the same name, and only one of them would be read. Expected every event file name to be unique: merge the two files or rename one of them.',
    ]);
    expect([...ids.values()]).toEqual(['gipfel']);
  });

  it('refuses a file that would be left out: another extension, or a subfolder', () => {
    const { ids, errors } = checkEventFileNames(['neu.YAML', 'notiz.txt', 'alt/gipfel.yaml'], 'content/events');
    expect(messages(errors)).toEqual([
      'content/events/alt/gipfel.yaml: is in a subfolder, where events are not read. Move it to content/events/gipfel.yaml, the folder every event file sits in.',
      'content/events/neu.YAML: is not an event file, so it would be left out: events are YAML files ending in ".yaml" (lower case). Rename it to neu.yaml, or move it out of content/events/.',
      'content/events/notiz.txt: is not an event file, so it would be left out: events are YAML files ending in ".yaml" (lower case). Rename it to notiz.yaml, or move it out of content/events/.',
    ]);
    expect(ids.size).toBe(0);
  });

  it('refuses a file name that is no event id, suggesting one', () => {
    const { errors } = checkEventFileNames(['Gipfel Wostotschny.yaml'], 'content/events');
    expect(messages(errors).join('')).toContain('rename it to gipfel-wostotschny.yaml');
  });

  it('says an event file with no fields is empty, with the fields to add', () => {
    const empty = (text: string) => checkEventFileText('content/events/neu-2025.yaml', text, FIELDS)?.message;
    expect(empty('')).toBe(
      'content/events/neu-2025.yaml: the file is empty; add name, date, place, summary, one "field: value" line each.',
    );
    expect(empty('\n  \n')).toBe(empty(''));
    expect(empty('# neu\n')).toBe(
      'content/events/neu-2025.yaml: the file is empty (it holds only comments); add name, date, place, summary, one "field: value" line each.',
    );
    expect(empty('~\n')).toContain('the file holds no fields; add name, date, place, summary');
  });

  it('leaves a file with fields, or with a YAML error, to the schema and the parser', () => {
    expect(checkEventFileText('x.yaml', 'name: Gipfel\n', FIELDS)).toBeUndefined();
    expect(checkEventFileText('x.yaml', 'name: [\n', FIELDS)).toBeUndefined();
  });
});

describe('files in the articles folder', () => {
  it('refuses Markdown files not ending in lower-case .md, which were left out without a word', () => {
    expect(messages(checkArticleFileNames(['neuer-artikel.MD', '2023/alt.markdown'], 'content/articles'))).toEqual([
      'content/articles/neuer-artikel.MD: is not an article file, so it would be left out of the site: articles are Markdown files ending in ".md" (lower case). Rename it to content/articles/neuer-artikel.md, or move it out of content/articles/ (or start its name with "_" to keep it there as a draft).',
      'content/articles/2023/alt.markdown: is not an article file, so it would be left out of the site: articles are Markdown files ending in ".md" (lower case). Rename it to content/articles/2023/alt.md, or move it out of content/articles/ (or start its name with "_" to keep it there as a draft).',
    ]);
  });

  it('passes over articles, drafts and dotfiles', () => {
    expect(checkArticleFileNames(['a.md', '2023/b.md', '_entwurf.markdown', '_notiz.txt', '.gitkeep'], 'x')).toEqual(
      [],
    );
  });
});

describe('articles that are no articles of their own', () => {
  it('refuses a second article naming the source of another, naming both files', () => {
    const errors = checkSharedSources([
      { filePath: 'content/articles/putin-empfaengt-kim.md', source: '002_98dad.txt' },
      { filePath: 'content/articles/kim-reist-an.md', source: '003_de126.txt' },
      { filePath: 'content/articles/putin-empfaengt-kim-2.md', source: '002_98dad.txt' },
    ]);
    expect(messages(errors)).toEqual([
      'content/articles/putin-empfaengt-kim-2.md: field "source": "002_98dad.txt" is the source of content/articles/putin-empfaengt-kim.md as well. Each article keeps its own raw source: if one of the two files is a copy of the other, remove it; if they are two articles, add the page of the one that lacks its source with npm run add, which stores it.',
    ]);
  });

  it('refuses a body of subheads only, and accepts subheads with text', () => {
    const inventory = { eventIds: new Set(['gipfel']), sourceFiles: new Set(['a.txt']), sourcesDir: 'content/sources' };
    const article = { filePath: 'content/articles/a.md', eventId: 'gipfel', agencies: [], source: 'a.txt' };
    const check = (body: string) => messages(checkArticle({ ...article, body }, inventory));
    expect(check('## Lage\n\n## Reaktionen\n\n### Ausblick\n')).toEqual([
      'content/articles/a.md: field "body": the article text holds only subheads ("## …"). Expected the article text: its paragraphs below or between the subheads.',
    ]);
    expect(check('## Lage\n\nPutin empfing Kim in Wostotschny.\n')).toEqual([]);
    expect(check('Putin empfing Kim in Wostotschny.\n')).toEqual([]);
  });
});
