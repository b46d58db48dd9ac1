import { describe, expect, it } from 'vitest';
import { rankedWindows, WINDOW } from './quote-windows.ts';

describe('rankedWindows', () => {
  it('ranks every piece of a part by what it costs, the earlier first among equals', () => {
    const part = '一二三四五六七八九十';
    // A piece costs one for each 七 it holds.
    const pieces = rankedWindows(part, (piece) => [...piece].filter((character) => character === '七').length);
    expect(pieces).toHaveLength(part.length - WINDOW + 1);
    expect(pieces.every((piece) => [...piece].length === WINDOW && part.includes(piece))).toBe(true);
    expect(pieces).toEqual(['一二三四五六七八', '二三四五六七八九', '三四五六七八九十']);
    expect(rankedWindows(part, (piece) => (piece.startsWith('三') ? 0 : 1))[0]).toBe('三四五六七八九十');
  });

  it('keeps a part as short as a piece whole', () => {
    expect(rankedWindows('核安全', () => 1)).toEqual(['核安全']);
  });
});
