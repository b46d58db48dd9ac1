import { describe, expect, it } from 'vitest';
import { chunksOfPrefix, chunksOfWord } from './chunks-of-word.ts';
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
