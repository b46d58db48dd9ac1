import { describe, expect, it } from 'vitest';
import { pagefindPageOrder } from './meta-file.ts';

/** A CBOR head: major type and argument. */
const head = (type: number, value: number): number[] =>
  value < 24
    ? [(type << 5) | value]
    : value < 256
      ? [(type << 5) | 24, value]
      : [(type << 5) | 25, value >> 8, value & 255];
const text = (value: string) => [
  ...head(3, new TextEncoder().encode(value).length),
  ...new TextEncoder().encode(value),
];

describe('pagefindPageOrder', () => {
  it('reads the pages’ ids in their order, skipping their word counts and what follows the list', () => {
    const meta = Uint8Array.from([
      ...head(4, 3),
      ...text('1.6.0'),
      ...head(4, 2),
      ...[...head(4, 3), ...text('zh_e1cea0a'), ...head(0, 2105), ...text('')],
      ...[...head(4, 3), ...text('zh_d076192'), ...head(0, 7), ...text('')],
      ...[...head(4, 1), ...head(4, 1), ...text('0')],
    ]);
    expect(pagefindPageOrder(meta)).toEqual(['zh_e1cea0a', 'zh_d076192']);
  });

  it('refuses a file that is not a list of pages', () => {
    expect(() => pagefindPageOrder(Uint8Array.from([...head(4, 2), ...text('1.6.0'), ...head(0, 3)]))).toThrow(
      /not \[version, pages/,
    );
  });
});
