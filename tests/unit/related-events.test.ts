import { describe, expect, it } from 'vitest';
import { actorsOf, relatedEvents } from '../../src/data/related-events.ts';

describe('related events', () => {
  it('finds names of several words, not single capitalised words', () => {
    expect([...actorsOf('Wladimir Putin empfängt Kim Jong Un in Wostotschny.')]).toEqual([
      'Wladimir Putin',
      'Kim Jong Un',
    ]);
  });

  it('relates events that share two actors, and no others', () => {
    const related = relatedEvents([
      { id: 'gipfel', name: 'Gipfel', summary: 'Wladimir Putin empfängt Kim Jong Un in Wostotschny.' },
      {
        id: 'besuch',
        name: 'Besuch',
        summary: 'Wladimir Putin reist nach Nordkorea und wird von Kim Jong Un empfangen.',
      },
      { id: 'wahl', name: 'Wahl', summary: 'Wladimir Putin wird wiedergewählt; Alexej Nawalny fehlt.' },
    ]);
    expect(related.get('gipfel')).toEqual(['besuch']);
    expect(related.get('besuch')).toEqual(['gipfel']);
    expect(related.get('wahl')).toEqual([]);
  });
});
