import { describe, expect, it } from 'vitest';
import { findEventMismatches, statedDates } from '../../src/lib/claims/event-check.ts';

const report = (id: string, text: string, event: string | null = 'gipfel') => ({ id, text, event });

describe('the dates an article states about its own event', () => {
  it('reads datelines and dates to the day, not years or months that recall the past', () => {
    expect(statedDates('Wien, 13.09.2023 – Das zweite Treffen seit 2019, wie im April 2019.')).toEqual([
      { year: 2023, month: 9, day: 13 },
    ]);
    expect(statedDates('Putin kam am 19. Juni 2024 an. Sein Besuch von 2000 ist lange her.')).toEqual([
      { year: 2024, month: 6, day: 19 },
    ]);
    expect(statedDates('Am Mittwoch, 13. September, traf er Kim.')).toEqual([{ year: undefined, month: 9, day: 13 }]);
  });
});

describe('articles whose dates point to another event', () => {
  it('flags an article whose dates lie far from every date its peers state', () => {
    const mismatches = findEventMismatches([
      report('a', 'Wostotschny, 13.09.2023 – Putin empfängt Kim.'),
      report('b', 'Am Mittwoch, dem 13. September, trafen sich Putin und Kim.'),
      report('c', 'Pjöngjang, 19. Juni 2024 – Putin ist zu Gast bei Kim.'),
    ]);
    expect(mismatches.map((m) => m.article)).toEqual(['c']);
    expect(mismatches[0]!.dates).toEqual([{ year: 2024, month: 6, day: 19 }]);
  });

  it('reads neither the years an article recalls nor a report of the next day as another event', () => {
    expect(
      findEventMismatches([
        report('a', 'Das Treffen seit 2019. Gipfel am 13. September 2023.'),
        report('b', 'Zuletzt im April 2019. Am 14.09.2023 reiste Kim weiter.'),
        report('c', 'Putin erinnerte an seinen Besuch von 2000.'),
      ]),
    ).toEqual([]);
  });

  it('says nothing about articles without an event: there the stories do the work', () => {
    expect(
      findEventMismatches([
        report('a', 'Am 13. September 2023 trafen sich Putin und Kim.', null),
        report('b', 'Am 19. Juni 2024 kam Putin nach Pjöngjang.', null),
      ]),
    ).toEqual([]);
  });

  it('compares an article only with the articles of its own event', () => {
    expect(
      findEventMismatches([
        report('a', 'Am 13. September 2023 trafen sich Putin und Kim.'),
        report('b', 'Am 19. Juni 2024 kam Putin nach Pjöngjang.', 'staatsbesuch'),
      ]),
    ).toEqual([]);
  });
});
