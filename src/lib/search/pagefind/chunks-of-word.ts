// Which word chunks can hold a word, as Pagefind 1.6's own search decides it (pagefind_web's
// request_indexes): chunks whose range holds the word; else, as the ranges' ends are trimmed
// to the prefixes that tell neighbouring chunks apart, those whose ends match the word's start.
// A pasted passage asks this for every pair of each of its pieces against a chunk table of
// about a thousand entries at 50×, so comparing allocates nothing (with arrays of code points
// it took 120–190 ms for one passage there).
import type { ChunkEntry } from './meta-file.ts';

/**
 * A UTF-16 code unit moved so that units compare in code-point order: surrogates (code points
 * above U+FFFF) after U+E000–U+FFFF, as in ICU's code point order comparison.
 */
function inCodePointOrder(unit: number): number {
  if (unit >= 0xe000) return unit - 0x800;
  if (unit >= 0xd800) return unit + 0x2000;
  return unit;
}

/** Where `a` and `b` first differ, compared as Rust compares strings (by code point); 0 if one starts the other. */
function compareCommonStart(a: string, b: string): number {
  const length = Math.min(a.length, b.length);
  for (let index = 0; index < length; index++) {
    const left = a.charCodeAt(index);
    const right = b.charCodeAt(index);
    if (left !== right) return inCodePointOrder(left) - inCodePointOrder(right);
  }
  return 0;
}

/** Compares as Rust compares strings (by code point), which is not always JavaScript's UTF-16 order. */
export function compareCodePoints(a: string, b: string): number {
  return compareCommonStart(a, b) || a.length - b.length;
}

/**
 * Whether the chunk table is in Pagefind's word order, both ends ascending: a word's chunks
 * are found by halving it, so the build checks it (build/write-search-index.ts).
 */
export function inWordOrder(chunks: readonly ChunkEntry[]): boolean {
  return chunks.every(
    ([from, to], index) =>
      index === 0 ||
      (compareCodePoints(chunks[index - 1]![0], from) <= 0 && compareCodePoints(chunks[index - 1]![1], to) <= 0),
  );
}

/** The first index in [0, length) where `holds` turns true (`holds` false, then true), or length. */
function firstWhere(length: number, holds: (index: number) => boolean): number {
  let low = 0;
  let high = length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (holds(middle)) high = middle;
    else low = middle + 1;
  }
  return low;
}

/** The hashes of the chunks whose range holds the word, both ends compared in full: a run of the table. */
function chunksHolding(chunks: readonly ChunkEntry[], word: string): string[] {
  const first = firstWhere(chunks.length, (index) => compareCodePoints(word, chunks[index]![1]) <= 0);
  const end = firstWhere(chunks.length, (index) => compareCodePoints(word, chunks[index]![0]) < 0);
  return chunks.slice(first, Math.max(first, end)).map(([, , hash]) => hash);
}

/** The hashes of the chunks to load for a word. */
export function chunksOfWord(chunks: readonly ChunkEntry[], word: string): string[] {
  const strict = chunksHolding(chunks, word);
  if (strict.length > 0) return strict;
  return chunksOfPrefix(chunks, word);
}

/** The hashes of the chunks whose range, compared as far as `start` goes, holds it: every chunk with a word that starts so. */
export function chunksOfPrefix(chunks: readonly ChunkEntry[], start: string): string[] {
  // Trimmed ends compared as far as the shorter goes need not be in order: every entry is asked.
  return chunks
    .filter(([from, to]) => compareCommonStart(start, from) >= 0 && compareCommonStart(start, to) <= 0)
    .map(([, , hash]) => hash);
}
