// A Pagefind 1.6 word chunk (index/<hash>.pf_index, after gunzip and Pagefind's 12-byte
// signature) → where the words asked for occur: for each word, the pages that have it and
// its positions on each. Pagefind writes [[[word, pages, variants], …]], each page as
// [page number as a step from the previous, positions as steps (a negative number sets the
// weight of the words after it and restarts the steps), meta positions]. Words not asked for
// are skipped unread: at 50× one common character holds tens of thousands of positions.
import { CborReader } from './cbor.ts';

/** Page number (the record's place in the index) → the positions of the word on it, ascending. */
export type WordPages = Map<number, number[]>;

function readPages(reader: CborReader): WordPages {
  const pages: WordPages = new Map();
  let page = 0;
  for (let count = reader.array(); count > 0; count--) {
    const fields = reader.array();
    page += reader.integer();
    const positions: number[] = [];
    let position = 0;
    for (let steps = reader.array(); steps > 0; steps--) {
      const step = reader.integer();
      // A weight marker: the next position is counted from 0 again.
      if (step < 0) position = 0;
      else positions.push((position += step));
    }
    for (let field = 2; field < fields; field++) reader.skip();
    pages.set(page, positions);
  }
  return pages;
}

/** The pages and positions of each word asked for that the chunk holds (variants of a word, which only accented Latin letters have, included). */
export function readWords(chunk: Uint8Array, wanted: ReadonlySet<string>): Map<string, WordPages> {
  return readMatchingWords(chunk, (word) => wanted.has(word));
}

/** Where any word that starts with `prefix` occurs in the chunk: their pages and positions together. */
export function readWordsStartingWith(chunk: Uint8Array, prefix: string): WordPages {
  return joinPages(readMatchingWords(chunk, (word) => word.startsWith(prefix)).values());
}

/** Several words' (or one word's, from several chunks) pages as one: each page's positions together, ascending. */
export function joinPages(all: Iterable<WordPages>): WordPages {
  const joined: WordPages = new Map();
  for (const pages of all)
    for (const [page, positions] of pages) joined.set(page, [...(joined.get(page) ?? []), ...positions]);
  for (const positions of joined.values()) positions.sort((a, b) => a - b);
  return joined;
}

function readMatchingWords(chunk: Uint8Array, wanted: (word: string) => boolean): Map<string, WordPages> {
  const reader = new CborReader(chunk);
  const found = new Map<string, WordPages>();
  reader.array();
  for (let words = reader.array(); words > 0; words--) {
    const fields = reader.array();
    const word = reader.text();
    if (!wanted(word)) {
      for (let field = 1; field < fields; field++) reader.skip();
      continue;
    }
    const pages = [readPages(reader)];
    if (fields >= 3)
      for (let variants = reader.array(); variants > 0; variants--) {
        reader.array();
        reader.text();
        pages.push(readPages(reader));
      }
    for (let field = 3; field < fields; field++) reader.skip();
    found.set(word, pages.length === 1 ? pages[0]! : joinPages(pages));
  }
  return found;
}
