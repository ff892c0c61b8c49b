import { describe, expect, it } from 'vitest';
import { PUBLISHED_AHEAD_DAYS, daysAheadOfEvent } from '../../src/lib/content/vocabulary.ts';

describe('an article dated before its event', () => {
  it('is fine as a preview in the weeks before, and any time after', () => {
    expect(daysAheadOfEvent('2023-09-06', 'day', '2023-09-13')).toBeUndefined();
    expect(daysAheadOfEvent('2023-08-14', 'day', '2023-09-13')).toBeUndefined(); // exactly 30 days
    expect(daysAheadOfEvent('2024-06-19', 'day', '2023-09-13')).toBeUndefined();
    expect(PUBLISHED_AHEAD_DAYS).toBe(30);
  });

  it('counts the days from the latest day its date allows', () => {
    expect(daysAheadOfEvent('2023-08-13', 'day', '2023-09-13')).toBe(31);
    // "August 2023" may be the 31st: 13 days ahead, a preview.
    expect(daysAheadOfEvent('2023-08', 'month', '2023-09-13')).toBeUndefined();
    expect(daysAheadOfEvent('2023-07', 'month', '2023-09-13')).toBe(44);
    expect(daysAheadOfEvent('2023', 'year', '2023-09-13')).toBeUndefined();
    expect(daysAheadOfEvent('2022', 'year', '2023-09-13')).toBe(256);
  });

  it('says nothing of dates that are no real dates (the schema reports those)', () => {
    expect(daysAheadOfEvent('2021-02-30', 'day', '2023-09-13')).toBeUndefined();
    expect(daysAheadOfEvent('2021-05-02', 'day', '2023-13-01')).toBeUndefined();
  });
});
