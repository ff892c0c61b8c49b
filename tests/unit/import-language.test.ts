import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkLanguage } from '../../src/lib/import/variant.ts';
import { CONTENT } from '../support/paths.ts';

const checksFor = (text: string): string[] => {
  const checks: string[] = [];
  checkLanguage(text, checks);
  return checks;
};

describe('the language of an imported page', () => {
  it('asks to check a page that reads as English', () => {
    const english =
      'Putin and Kim met at the Vostochny cosmodrome on Wednesday. The Russian president said that his country would help North Korea to build satellites, and the talks lasted for hours. It was the second meeting of the two leaders, who are both isolated by the West.';
    expect(checksFor(english)).toEqual([
      expect.stringMatching(
        /^language: the text reads as English \(\d+ English function words .* against \d+ German ones\)/,
      ),
    ]);
  });

  it('says nothing about German articles, nor about text too short to judge', () => {
    for (const source of ['000_96b6eba5b60b899a.txt', '002_98dadad234490a67.txt', '004_89733a5d9f8c67a3.txt']) {
      expect(checksFor(readFileSync(join(CONTENT, 'sources', source), 'utf8')), source).toEqual([]);
    }
    expect(checksFor('Breaking: the talks are over.')).toEqual([]);
  });
});
