import { describe, expect, it } from 'vitest';
import { findUnsafeMarkup } from '../../src/lib/content/markup-safety.ts';

describe('findUnsafeMarkup', () => {
  it.each([
    ['raw HTML', 'Putin sprach <b>laut</b>.', '<b>', 3],
    ['an autolink to a script', 'Mehr unter <javascript:alert(1)>.', 'javascript:alert(1)', 3],
    ['an image', 'Ein Bild: ![Kim](kim.png)', 'kim.png', 3],
    ['an image reference', 'Ein Bild: ![Kim][k]\n\n[k]: https://example.org/kim.png', 'k', 3],
    ['a script link', 'Ein [Link](javascript:alert(1)).', 'javascript:alert(1)', 3],
    ['a script definition', 'Ein [Link][x].\n\n[x]: javascript:alert(1)', 'javascript:alert(1)', 5],
  ])('finds %s, on the line it stands', (_, markdown, found, line) => {
    const problems = findUnsafeMarkup(`Erster Absatz.\n\n${markdown}\n`);
    expect(problems.find((p) => p.found === found)?.line).toBe(line);
  });

  it('lets plain text, brackets and web links pass', () => {
    expect(findUnsafeMarkup('Kim (39) sagte, er sei [sic] zufrieden. 3 < 5 > 2.\n')).toEqual([]);
    expect(findUnsafeMarkup('Quelle: [TASS](https://tass.ru/) und <https://example.org>.\n')).toEqual([]);
    expect(findUnsafeMarkup('Ein Satz ohne jedes Markup.\n'.repeat(1000))).toEqual([]);
  });
});
