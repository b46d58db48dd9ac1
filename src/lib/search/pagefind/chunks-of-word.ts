// Which word chunks can hold a word, as Pagefind 1.6's own search decides it (pagefind_web's
// request_indexes): chunks whose range holds the word; else, as the ranges' ends are trimmed
// to the prefixes that tell neighbouring chunks apart, those whose ends match the word's start.
import type { ChunkEntry } from './meta-file.ts';

const codePoints = (text: string) => Array.from(text);

/** Compares as Rust compares strings (by code point), which is not always JavaScript's UTF-16 order. */
function compare(a: string, b: string): number {
  const left = codePoints(a);
  const right = codePoints(b);
  for (let index = 0; index < Math.min(left.length, right.length); index++) {
    const difference = left[index]!.codePointAt(0)! - right[index]!.codePointAt(0)!;
    if (difference !== 0) return difference;
  }
  return left.length - right.length;
}

const prefix = (text: string, length: number) => codePoints(text).slice(0, length).join('');

/** The hashes of the chunks to load for a word. */
export function chunksOfWord(chunks: readonly ChunkEntry[], word: string): string[] {
  const strict = chunks.filter(([from, to]) => compare(word, from) >= 0 && compare(word, to) <= 0);
  if (strict.length > 0) return strict.map(([, , hash]) => hash);
  return chunksOfPrefix(chunks, word);
}

/** The hashes of the chunks whose range, compared as far as `start` goes, holds it: every chunk with a word that starts so. */
export function chunksOfPrefix(chunks: readonly ChunkEntry[], start: string): string[] {
  const length = codePoints(start).length;
  const startsAfter = (from: string, count = Math.min(length, codePoints(from).length)) =>
    compare(prefix(start, count), prefix(from, count)) >= 0;
  const startsBefore = (to: string, count = Math.min(length, codePoints(to).length)) =>
    compare(prefix(start, count), prefix(to, count)) <= 0;
  return chunks.filter(([from, to]) => startsAfter(from) && startsBefore(to)).map(([, , hash]) => hash);
}
