import { describe, expect, it } from 'vitest';
import { formatTable, kilobytes, median } from './stats.ts';

describe('bench statistics', () => {
  it('takes the middle value, or the mean of the two middle ones', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(() => median([])).toThrow();
  });

  it('formats sizes and tables', () => {
    expect(kilobytes(1536)).toBe(1.5);
    expect(
      formatTable([
        ['a', '1'],
        ['long label', '2'],
      ]),
    ).toBe('a           1\nlong label  2');
  });
});
