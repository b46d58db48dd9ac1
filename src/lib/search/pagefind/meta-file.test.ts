import { describe, expect, it } from 'vitest';
import { pagefindPageOrder, readPagefindMeta } from './meta-file.ts';

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

describe('readPagefindMeta', () => {
  const meta = Uint8Array.from([
    ...head(4, 4),
    ...text('1.6.0'),
    ...head(4, 2),
    ...[...head(4, 3), ...text('zh_e1cea0a'), ...head(0, 2105), ...text('')],
    ...[...head(4, 3), ...text('zh_d076192'), ...head(0, 7), ...text('')],
    ...head(4, 2),
    ...[...head(4, 3), ...text('0'), ...text('x2'), ...text('zh_6b5ec46')],
    ...[...head(4, 3), ...text('x3'), ...text('龟'), ...text('zh_164f4b1')],
    ...[...head(4, 1), ...head(4, 1), ...text('0')],
  ]);

  it('reads the version, the pages’ ids in their order (skipping their word counts) and the word chunks', () => {
    expect(readPagefindMeta(meta)).toEqual({
      version: '1.6.0',
      pages: ['zh_e1cea0a', 'zh_d076192'],
      chunks: [
        ['0', 'x2', 'zh_6b5ec46'],
        ['x3', '龟', 'zh_164f4b1'],
      ],
    });
    expect(pagefindPageOrder(meta)).toEqual(['zh_e1cea0a', 'zh_d076192']);
  });

  it('refuses a file that is not a list of pages', () => {
    expect(() => pagefindPageOrder(Uint8Array.from([...head(4, 2), ...text('1.6.0'), ...head(0, 3)]))).toThrow(
      /not \[version, pages/,
    );
    expect(() => pagefindPageOrder(Uint8Array.from([...head(4, 3), ...text('1.6.0'), ...head(0, 3)]))).toThrow(
      /expected an array/,
    );
  });
});
