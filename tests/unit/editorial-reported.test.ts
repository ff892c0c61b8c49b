import { describe, expect, it } from 'vitest';
import { analyseCorpus } from '../../src/lib/claims/engine.ts';
import { parseEditorial } from '../../src/lib/claims/editorial.ts';
import { projectArticles } from '../support/gold.ts';

describe('an editorial decision on a link made through what a sentence reports', () => {
  const SAID = 'dass Russland Nordkorea beim Bau von Satelliten helfen werde';
  const ALSO_SAID = 'weil Moskau plant, Nordkorea beim Bau von Satelliten zu unterstützen';
  const holdsBoth = (result: ReturnType<typeof analyseCorpus>) =>
    result.claims.filter(
      (claim) =>
        claim.passages.some((p) => p.text.includes(SAID.slice(5))) &&
        claim.passages.some((p) => p.text.includes(ALSO_SAID)),
    );

  it('is no moot entry: the reject takes effect without a warning', () => {
    // Without the entry the engine links the two by what they report ("Putin verkündete …, dass …",
    // "Putin sagte, … weil Moskau plant, …, berichtete RIA Novosti").
    expect(holdsBoth(analyseCorpus(projectArticles()))).toHaveLength(1);
    const yaml = `version: 1
entries:
  - action: reject
    quotes:
      - { article: kim-sichert-putin-unterstuetzung-zu, text: '${SAID}' }
      - { article: putin-und-kim-beginnen-gespraeche-im-weltraumstartzentrum, text: '${ALSO_SAID}' }
`;
    const result = analyseCorpus(projectArticles(), {
      editorial: { data: parseEditorial(yaml, 'claims.yaml'), file: 'claims.yaml' },
    });
    expect(result.warnings).toEqual([]);
    expect(holdsBoth(result)).toEqual([]);
  });
});
