import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closeTogether } from './close-together.ts';

/** Every choice of one start per clause, tried: what the sweep must agree with. */
function closeByTryingAll(clauses: readonly (readonly number[])[], within: number): boolean {
  const choose = (clause: number, chosen: number[]): boolean =>
    clause === clauses.length
      ? Math.max(...chosen) - Math.min(...chosen) <= within
      : clauses[clause]!.some((start) => choose(clause + 1, [...chosen, start]));
  return clauses.length > 0 && choose(0, []);
}

describe('closeTogether', () => {
  it('holds where one start of each clause lies within the span, the span itself included', () => {
    expect(closeTogether([[0, 500], [620]], 100)).toBe(false);
    expect(closeTogether([[0, 520], [620]], 100)).toBe(true);
    expect(closeTogether([[0, 519], [620]], 100)).toBe(false);
    expect(closeTogether([[10], [10]], 0)).toBe(true);
    expect(
      closeTogether(
        [
          [5, 300],
          [90, 400],
          [200, 310],
        ],
        100,
      ),
    ).toBe(true);
    expect(
      closeTogether(
        [
          [5, 300],
          [90, 500],
          [200, 310],
        ],
        100,
      ),
    ).toBe(false);
  });

  it('never holds for a clause that does not occur, nor for no clause', () => {
    expect(closeTogether([[1, 2], []], 100)).toBe(false);
    expect(closeTogether([], 100)).toBe(false);
  });

  it('agrees with trying every choice of one start per clause', () => {
    const starts = fc.uniqueArray(fc.nat(400), { maxLength: 6 }).map((each) => each.sort((a, b) => a - b));
    fc.assert(
      fc.property(fc.array(starts, { minLength: 1, maxLength: 4 }), fc.nat(150), (clauses, within) => {
        expect(closeTogether(clauses, within)).toBe(closeByTryingAll(clauses, within));
      }),
      { numRuns: 2000 },
    );
  });
});
