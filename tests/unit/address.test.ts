import { describe, expect, it } from 'vitest';
import { fragmentId } from '../../src/client/address.ts';

describe('fragmentId', () => {
  it('decodes the id a fragment names', () => {
    expect(fragmentId('#satz-7')).toBe('satz-7');
    expect(fragmentId('#stra%C3%9Fe')).toBe('straße');
    expect(fragmentId('')).toBe('');
  });

  it('never throws on a malformed escape (an uncaught URIError on the page), taking it as written', () => {
    for (const hash of ['#%E0%A4%A', '#%', '#%zz', '#satz-%E0']) {
      expect(() => fragmentId(hash)).not.toThrow();
      expect(fragmentId(hash)).toBe(hash.slice(1));
    }
  });
});
