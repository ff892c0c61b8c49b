import type { EngineArticle } from './types.ts';

/**
 * An article for the engine from its frontmatter fields and body: one reading for the build, the
 * CLI and the tests, so all three compare the same text. The headline and kicker take part as
 * the outlet published them; an editorial headline (`titleSource: editorial`) is ours and states
 * nothing the source said.
 */
export function engineArticle(
  id: string,
  body: string,
  frontmatter: Readonly<Record<string, unknown>>,
  format: EngineArticle['format'] = 'markdown',
): EngineArticle {
  const text = (name: string) => {
    const value = frontmatter[name];
    return typeof value === 'string' && value.trim() !== '' ? value : undefined;
  };
  const event = frontmatter.event;
  return {
    id,
    body,
    title: text('titleSource') === 'editorial' ? undefined : text('title'),
    kicker: text('kicker'),
    lead: text('lead'),
    // The build hands events as references ({ id }); files name them as strings.
    event:
      typeof event === 'string'
        ? event
        : typeof event === 'object' && event && 'id' in event
          ? String(event.id)
          : undefined,
    format,
  };
}
