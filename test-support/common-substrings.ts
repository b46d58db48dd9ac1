// The oracle the tests hold the compare pages' marks to (src/lib/compare/shared-passages.ts),
// written plainly, without the diff package the product uses.
import type { TextRange } from '../src/lib/compare/shared-passages.ts';

export interface CommonSubstring {
  earlier: TextRange;
  later: TextRange;
}

/**
 * Every maximal common substring of at least `minLength` UTF-16 units, with where it
 * stands in each text. Quadratic in time and memory: for paragraphs, not whole reports.
 */
export function commonSubstrings(earlier: string, later: string, minLength: number): CommonSubstring[] {
  // runLength[i][j]: how far earlier[i..] and later[j..] go on alike.
  const runLength = Array.from({ length: earlier.length + 1 }, () => new Array<number>(later.length + 1).fill(0));
  for (let i = earlier.length - 1; i >= 0; i--)
    for (let j = later.length - 1; j >= 0; j--)
      runLength[i]![j] = earlier[i] === later[j] ? runLength[i + 1]![j + 1]! + 1 : 0;
  const found: CommonSubstring[] = [];
  for (let i = 0; i < earlier.length; i++)
    for (let j = 0; j < later.length; j++) {
      const length = runLength[i]![j]!;
      const maximal = i === 0 || j === 0 || earlier[i - 1] !== later[j - 1];
      if (maximal && length >= minLength) found.push({ earlier: [i, i + length], later: [j, j + length] });
    }
  return found;
}

/** Whether the range lies inside one of the ranges. */
export function isWithin([start, end]: TextRange, ranges: readonly TextRange[]): boolean {
  return ranges.some(([from, to]) => from <= start && end <= to);
}
