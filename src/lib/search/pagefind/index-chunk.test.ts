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
import { phraseWords, searchTokens } from '../text/tokens.ts';
import { searchUnits } from '../text/search-units.ts';
import { chunksOfPrefix, chunksOfWord } from './chunks-of-word.ts';
import { pagesWithPhrase, phraseStarts, type PlacedWord } from './find-phrase.ts';
import { readWords, readWordsStartingWith, type WordPages } from './index-chunk.ts';
import type { ChunkEntry } from './meta-file.ts';
import type { SearchLookups } from '../files/index-file.ts';

const corpus = realCorpus();
let chunks: ChunkEntry[];
let dir: string;
const chunk = (hash: string) => gunzipSync(readFileSync(join(dir, 'pagefind/index', `${hash}.pf_index`))).subarray(12);

beforeAll(async () => {
  dir = (await writtenSearch()).dir;
  // The build copies Pagefind's chunk table (from its metadata) into the search's index file.
  chunks = (JSON.parse(gunzipSync(readFileSync(join(dir, 'search/lookups.json.gz'))).toString()) as SearchLookups)
    .chunks;
}, 60_000);

/** Where a word is, read from the chunks Pagefind's rule names for it. */
function pagesOf(word: string): WordPages | undefined {
  for (const hash of chunksOfWord(chunks, word)) {
    const found = readWords(chunk(hash), new Set([word])).get(word);
    if (found) return found;
  }
  return undefined;
}

/** Where the words starting with a prefix are, from every chunk that may hold one. */
function pagesStartingWith(prefix: string): WordPages | undefined {
  const all: WordPages = new Map();
  for (const hash of chunksOfPrefix(chunks, prefix))
    for (const [page, positions] of readWordsStartingWith(chunk(hash), prefix))
      all.set(
        page,
        [...(all.get(page) ?? []), ...positions].sort((a, b) => a - b),
      );
  return all.size > 0 ? all : undefined;
}

/** A normalized phrase's words, each where the chunks have it. */
function wordsOf(normalized: string): PlacedWord[] {
  return phraseWords(normalized).map(({ word, offset, prefix }) => ({
    pages: prefix ? pagesStartingWith(word) : pagesOf(word),
    offset,
  }));
}

describe('Pagefind 1.6 word chunks, read without Pagefind', () => {
  it('hold every word of the index in the chunk the rule names, once', () => {
    const all = new Map<string, number>();
    const words = new Set(allWords());
    for (const [, , hash] of chunks)
      for (const word of readWords(chunk(hash), words)) all.set(word[0], (all.get(word[0]) ?? 0) + 1);
    expect(all.size).toBe(words.size);
    expect([...all.values()].every((count) => count === 1)).toBe(true);
    for (const word of all.keys()) expect(pagesOf(word), word).toBeDefined();
  });

  it('find each query of the seeded set where a substring search finds it (replies are records 0 to n − 1)', () => {
    const replies = corpus.submissions.map((submission) => submission.id);
    for (const { query } of generateQuerySet(corpus)) {
      const normalized = normalizeForSearch(query);
      const places = pagesWithPhrase(wordsOf(normalized)).filter((place) => place < replies.length);
      expect(
        places.map((place) => replies[place]),
        query,
      ).toEqual(referenceSearch(corpus, query));
    }
  });

  it('find a single character wherever it stands, the end of a paragraph too, as a substring search does', () => {
    const replies = corpus.submissions.map((submission) => submission.id);
    // : and 。 stand in some replies only at the end of paragraphs (: in six, 。 in the League of
    // Arab States' 2011 reply), where the word is the character alone; 缅 is rare; 5 stands in numbers.
    for (const character of ['核', ':', '。', '缅', '5']) {
      const places = pagesWithPhrase(wordsOf(character)).filter((place) => place < replies.length);
      expect(
        places.map((place) => replies[place]),
        character,
      ).toEqual(referenceSearch(corpus, character));
    }
  });

  it("place each phrase where it starts in the reply's text, a paragraph break counting as one character", () => {
    // The reply's paragraphs joined by one character: Pagefind's positions, one per character and one per break.
    const texts = corpus.submissions.map((submission) =>
      Array.from(
        searchUnits(submission)
          .map((unit) => normalizeForSearch(unit.text))
          .join('\n'),
      ),
    );
    const startsIn = (text: string[], phrase: string[]) =>
      text.flatMap((_, at) => (phrase.every((character, index) => text[at + index] === character) ? [at] : []));
    for (const query of ['出口管制', '核', '安全', '第1540(2004)号决议', '。']) {
      const normalized = normalizeForSearch(query);
      const found = phraseStarts(wordsOf(normalized));
      texts.forEach((text, place) => {
        const expected = startsIn(text, Array.from(normalized));
        expect(found.get(place) ?? [], `${query} in ${corpus.submissions[place]!.id}`).toEqual(expected);
      });
    }
  });

  it('find nothing for a word no chunk holds', () => {
    expect(pagesWithPhrase(wordsOf('核安全𠀀'))).toEqual([]);
    expect(pagesWithPhrase(wordsOf('𠀀'))).toEqual([]);
    expect(pagesWithPhrase([])).toEqual([]);
  });
});

/** Every word the corpus gives Pagefind: each paragraph's pairs and last characters. */
function allWords(): string[] {
  const text = corpus.submissions.flatMap((submission) => [
    submission.heading,
    ...submission.blocks.map((block) => block.text),
  ]);
  return [...new Set(text.flatMap((each) => searchTokens(normalizeForSearch(each))))];
}
