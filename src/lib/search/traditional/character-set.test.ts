import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { packCharacters, unpackCharacters } from './character-set.ts';

describe('packed character sets', () => {
  it('hold exactly the characters packed, inside the bitmap and outside it', () => {
    const character = fc.oneof(
      fc.integer({ min: 0x3400, max: 0x9fff }),
      fc.integer({ min: 0x20, max: 0x33ff }),
      fc.integer({ min: 0xa000, max: 0xd7ff }),
      fc.integer({ min: 0x20000, max: 0x3134f }),
    );
    fc.assert(
      fc.property(fc.array(character, { maxLength: 40 }), fc.array(character, { maxLength: 40 }), (members, others) => {
        const set = new Set(members.map((codePoint) => String.fromCodePoint(codePoint)));
        const has = unpackCharacters(packCharacters(set));
        for (const codePoint of [...members, ...others, 0x3400, 0x9fff, 0xa000]) {
          const each = String.fromCodePoint(codePoint);
          expect(has(each)).toBe(set.has(each));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('are small: 3,456 bitmap bytes in base64, whatever the set', () => {
    expect(packCharacters(['國', '𡞱', 'é']).bitmap).toHaveLength(4608);
    expect(packCharacters(['國', '𡞱', 'é']).others).toBe('𡞱é');
  });
});
