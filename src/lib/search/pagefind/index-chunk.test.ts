// Pagefind's own word chunks, written by Pagefind for the real corpus, read as the page reads
// them: every phrase found where a plain substring search finds it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateQuerySet, referenceSearch } from '../../../../test-support/query-set.ts';
import { realCorpus } from '../../../../test-support/real-corpus.ts';
import { writtenSearch } from '../../../../test-support/written-search.ts';
import { normalizeForSearch } from '../text/normalize.ts';
import { searchTokens } from '../text/tokens.ts';
import { chunksOfWord } from './chunks-of-word.ts';
import { pagesWithPhrase } from './find-phrase.ts';
import { readWords, type WordPages } from './index-chunk.ts';
import type { ChunkEntry } from './meta-file.ts';
import type { SearchIndexFile } from '../files/index-file.ts';

const corpus = realCorpus();
let chunks: ChunkEntry[];
let dir: string;
const chunk = (hash: string) => gunzipSync(readFileSync(join(dir, 'pagefind/index', `${hash}.pf_index`))).subarray(12);

beforeAll(async () => {
  dir = (await writtenSearch()).dir;
  // The build copies Pagefind's chunk table (from its metadata) into the search's index file.
  chunks = (JSON.parse(gunzipSync(readFileSync(join(dir, 'search/index.json.gz'))).toString()) as SearchIndexFile)
    .chunks;
}, 60_000);

/** Where the words are, each read from the chunks Pagefind's rule names for it. */
function wordsOf(tokens: readonly string[]): (WordPages | undefined)[] {
  return tokens.map((token) => {
    for (const hash of chunksOfWord(chunks, token)) {
      const found = readWords(chunk(hash), new Set([token])).get(token);
      if (found) return found;
    }
    return undefined;
  });
}

describe('Pagefind 1.6 word chunks, read without Pagefind', () => {
  it('hold every word of the index in the chunk the rule names, once', () => {
    const all = new Map<string, number>();
    for (const [, , hash] of chunks)
      for (const word of readWords(chunk(hash), new Set(allWords()))) all.set(word[0], (all.get(word[0]) ?? 0) + 1);
    expect([...all.values()].every((count) => count === 1)).toBe(true);
    for (const word of all.keys()) expect(wordsOf([word])[0], word).toBeDefined();
  });

  it('find each query of the seeded set where a substring search finds it (replies are records 0 to n − 1)', () => {
    const replies = corpus.submissions.map((submission) => submission.id);
    for (const { query } of generateQuerySet(corpus)) {
      const normalized = normalizeForSearch(query);
      const places = pagesWithPhrase(wordsOf(searchTokens(normalized))).filter((place) => place < replies.length);
      expect(
        places.map((place) => replies[place]),
        query,
      ).toEqual(referenceSearch(corpus, query));
    }
  });

  it('find nothing for a word no chunk holds', () => {
    expect(pagesWithPhrase(wordsOf(searchTokens('核安全𠀀')))).toEqual([]);
    expect(pagesWithPhrase([])).toEqual([]);
  });
});

/** Every word the corpus gives Pagefind: its characters, as tokens. */
function allWords(): string[] {
  const text = corpus.submissions.flatMap((submission) => [
    submission.heading,
    ...submission.blocks.map((block) => block.text),
  ]);
  return [...new Set(searchTokens(normalizeForSearch(text.join(''))))];
}
