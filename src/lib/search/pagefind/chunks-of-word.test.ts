import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chunksOfPrefix, chunksOfWord, compareCodePoints, inWordOrder } from './chunks-of-word.ts';
import type { ChunkEntry } from './meta-file.ts';

// Pagefind trims a chunk's ends to the prefixes that tell it from its neighbours: this chunk
// holds x29 … x2f, but its range reads "x2" to "x2", and x2f sorts after "x2".
const CHUNKS: ChunkEntry[] = [
  ['0', '9', 'zh_digits'],
  ['a', 'x2', 'zh_latin'],
  ['x3', '核', 'zh_han'],
  ['桌', '龟', 'zh_more'],
];

describe('chunksOfWord', () => {
  it('names the chunk whose range holds the word', () => {
    expect(chunksOfWord(CHUNKS, '5')).toEqual(['zh_digits']);
    expect(chunksOfWord(CHUNKS, 'x3001')).toEqual(['zh_han']);
    expect(chunksOfWord(CHUNKS, '核')).toEqual(['zh_han']);
    expect(chunksOfWord(CHUNKS, '龟')).toEqual(['zh_more']);
  });

  it('names, for a word past a trimmed end, the chunks whose ends match its start', () => {
    expect(chunksOfWord(CHUNKS, 'x2f')).toEqual(['zh_latin']);
  });

  it('names none for a word outside every range', () => {
    expect(chunksOfWord(CHUNKS, '龥')).toEqual([]);
  });
});

// Words are pairs of characters' codes (text/tokens.ts): the words that start with 核's code 0kl4
// (核 alone, 核安 0kl40i2x, 核查 …) run over two chunks, and the second one's start is trimmed.
const PAIRS: ChunkEntry[] = [
  ['0g2w', '0kl40i2x', 'pairs_1'],
  ['0kl40i3', '0kl5', 'pairs_2'],
  ['0kl6', '0z', 'pairs_3'],
];

describe('chunksOfPrefix', () => {
  it('names every chunk that may hold a word starting so, and no other', () => {
    expect(chunksOfPrefix(PAIRS, '0kl4')).toEqual(['pairs_1', 'pairs_2']);
    expect(chunksOfPrefix(PAIRS, '0kl6')).toEqual(['pairs_3']);
    expect(chunksOfPrefix(PAIRS, '0a00')).toEqual([]);
  });
});

describe('compareCodePoints', () => {
  it('orders a character beyond U+FFFF after U+E000–U+FFFF, as Rust does and UTF-16 order does not', () => {
    expect('𠀀' < '\uff01').toBe(true);
    expect(compareCodePoints('𠀀', '\uff01')).toBeGreaterThan(0);
    expect(compareCodePoints('核', '核安')).toBeLessThan(0);
    expect(compareCodePoints('核安', '核安')).toBe(0);
  });
});

describe('inWordOrder', () => {
  it('accepts the tables above and refuses one out of order', () => {
    expect(inWordOrder(CHUNKS)).toBe(true);
    expect(inWordOrder(PAIRS)).toBe(true);
    expect(inWordOrder([PAIRS[1]!, PAIRS[0]!, PAIRS[2]!])).toBe(false);
  });
});

/** What chunksOfWord answers, read from its definition: every entry asked, nothing halved. */
function chunksOfWordByScan(chunks: readonly ChunkEntry[], word: string): string[] {
  const strict = chunks.filter(([from, to]) => compareCodePoints(word, from) >= 0 && compareCodePoints(word, to) <= 0);
  return strict.length > 0 ? strict.map(([, , hash]) => hash) : chunksOfPrefix(chunks, word);
}

describe('chunksOfWord on a table in word order', () => {
  const code = fc.string({ unit: fc.constantFrom('0', '1', 'k', 'l', 'z'), minLength: 1, maxLength: 4 });
  // A sorted list of words cut into chunks, each end trimmed at random, as Pagefind trims them.
  const table = fc
    .uniqueArray(code, { minLength: 2, maxLength: 30 })
    .map((words) => words.sort(compareCodePoints))
    .chain((words) =>
      fc.array(fc.nat({ max: 3 }), { minLength: words.length, maxLength: words.length }).map((trims) => {
        const chunks: ChunkEntry[] = [];
        for (let at = 0; at + 1 < words.length; at += 2) {
          const trim = (word: string) => word.slice(0, Math.max(1, word.length - trims[at]!));
          chunks.push([trim(words[at]!), trim(words[at + 1]!), `chunk_${at}`]);
        }
        return chunks;
      }),
    )
    .filter(inWordOrder);

  it('names the chunks a scan of every entry names', () => {
    fc.assert(
      fc.property(table, code, (chunks, word) => {
        expect(chunksOfWord(chunks, word)).toEqual(chunksOfWordByScan(chunks, word));
      }),
    );
  });
});
