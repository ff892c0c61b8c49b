import { describe, expect, it } from 'vitest';
import { findEventMismatches, yearsNamed } from '../../src/lib/claims/event-check.ts';

const report = (id: string, text: string, event?: string) => ({ id, text, event });

describe('articles whose dates point to another event', () => {
  it('reads years named as dates, not durations', () => {
    expect(yearsNamed('Das zweite Treffen seit 2019, wie im April 2019. Vor 24 Jahren war er dort.')).toEqual([2019]);
  });

  it('flags an article whose years appear in none of its peers', () => {
    const mismatches = findEventMismatches([
      report('a', 'Putin und Kim treffen sich zum zweiten Mal seit 2019.'),
      report('b', 'Es ist ihr erstes Treffen seit April 2019.'),
      report('c', 'Putin erinnerte an seinen Besuch von 2000 in Pjöngjang.'),
    ]);
    expect(mismatches).toEqual([{ article: 'c', event: null, years: [2000], peerYears: [2019] }]);
  });

  it('flags nothing when the years are shared, absent, or in another event', () => {
    expect(
      findEventMismatches([
        report('a', 'Das Treffen seit 2019.'),
        report('b', 'Zuletzt 2019 und 2015.'),
        report('c', 'Kein Jahr in diesem Text.'),
        report('d', 'Im Jahr 2000 war er dort.', 'anderes-ereignis'),
      ]),
    ).toEqual([]);
  });
});
