import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { characterCode, phraseWords, recordContent, searchTokens, UNIT_SEPARATOR } from './tokens.ts';

// Code points in base 36, worked out by hand: 核 U+6838 = 26680 = 20 × 36² + 21 × 36 + 4 → "kl4";
// 安 U+5B89 = 23433 = 18 × 36² + 3 × 36 + 33 → "i2x"; 全 U+5168 = 20840 = 16 × 36² + 2 × 36 + 32 → "g2w";
// 、 U+3001 = 12289 = 9 × 36² + 17 × 36 + 13 → "9hd"; a U+0061 = 97 = 2 × 36 + 25 → "2p".
const HE = '0kl4';
const AN = '0i2x';
const QUAN = '0g2w';

describe('Pagefind words', () => {
  it('spell each character as its code point in four base-36 digits, whatever the character', () => {
    expect(characterCode('核')).toBe(HE);
    expect(characterCode('、')).toBe('09hd');
    expect(characterCode('a')).toBe('002p');
    expect(characterCode('\u{10FFFF}')).toMatch(/^[0-9a-z]{4}$/);
  });

  it('give each character the pair it starts, and the last character alone', () => {
    expect(searchTokens('核安全')).toEqual([HE + AN, AN + QUAN, QUAN]);
    expect(searchTokens('核')).toEqual([HE]);
    expect(searchTokens('')).toEqual([]);
  });

  it('keep paragraphs apart with a separator that is no word, so that no pair spans two paragraphs', () => {
    expect(recordContent(['核安', '全'])).toBe(`${HE + AN} ${AN} ${UNIT_SEPARATOR} ${QUAN}`);
  });

  it('look a phrase up by its pairs at offsets 0, 2, 4 … and its last pair; a single character as a prefix', () => {
    expect(phraseWords('核安全')).toEqual([
      { word: HE + AN, offset: 0, prefix: false },
      { word: AN + QUAN, offset: 1, prefix: false },
    ]);
    expect(phraseWords('核安')).toEqual([{ word: HE + AN, offset: 0, prefix: false }]);
    expect(phraseWords('核')).toEqual([{ word: HE, offset: 0, prefix: true }]);
    expect(phraseWords('')).toEqual([]);
  });

  it('place a phrase by pairs that spell it at their offsets and cover every character, about half as many as it has', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', minLength: 2, maxLength: 30 }), (text) => {
        const codes = Array.from(text, characterCode);
        const words = phraseWords(text);
        const covered = new Set<number>();
        for (const { word, offset, prefix } of words) {
          expect(prefix).toBe(false);
          expect(word).toBe(codes[offset]! + codes[offset + 1]!);
          covered.add(offset).add(offset + 1);
        }
        expect(covered.size).toBe(codes.length);
        expect(words).toHaveLength(Math.ceil(codes.length / 2));
      }),
    );
  });
});
