import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromGaps, toGaps } from './place-gaps.ts';

describe('place gaps', () => {
  it('writes each place as its distance from the one before', () => {
    expect(toGaps([3, 4, 40, 77])).toEqual([3, 1, 36, 37]);
    expect(toGaps([])).toEqual([]);
  });

  it('reads back every ascending list of places', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat(100_000)), (places) => {
        const ascending = [...places].sort((a, b) => a - b);
        expect(fromGaps(toGaps(ascending))).toEqual(ascending);
      }),
    );
  });

  it('refuses places out of order, which would read back as other records', () => {
    expect(() => toGaps([4, 3])).toThrow(/not ascending at 1/);
    expect(() => toGaps([4, 4])).toThrow(/not ascending at 1/);
  });
});
