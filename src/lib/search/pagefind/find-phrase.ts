// The pages where words occur at given distances from one another, as Pagefind's exact
// (quoted) search finds consecutive words (pagefind_web's exact_term), generalized: the
// first word somewhere on the page and each other word that many positions after it. With
// one word per character (text/tokens.ts) and the pairs of a phrase at their offsets, this is
// a substring search, never across two paragraphs.
import type { WordPages } from './index-chunk.ts';

/** A word as its chunks give it (undefined: in no chunk), and where it must stand after the first. */
export interface PlacedWord {
  pages: WordPages | undefined;
  offset: number;
}

/** Page numbers, ascending, where the words occur at their offsets from the first. */
export function pagesWithPhrase(words: readonly PlacedWord[]): number[] {
  return [...phraseStarts(words).keys()].sort((a, b) => a - b);
}

/**
 * Page number → the positions, ascending, where the phrase starts on it: where its words
 * occur at their offsets from the first. With one position per character, a position is the
 * character's place in the record's text, a paragraph break counting as one.
 */
export function phraseStarts(words: readonly PlacedWord[]): ReadonlyMap<number, readonly number[]> {
  const found = new Map<number, number[]>();
  if (words.length === 0 || words.some((word) => word.pages === undefined)) return found;
  const [first, ...rest] = words as { pages: WordPages; offset: number }[];
  // One word (a single character, a pair) at offset 0: its positions are the starts.
  if (rest.length === 0 && first!.offset === 0) return first!.pages;
  for (const [page, positions] of first!.pages) {
    const following = rest.map((word) => word.pages.get(page));
    if (following.some((each) => each === undefined)) continue;
    const sets = following.map((each) => new Set(each));
    const at = (position: number) =>
      sets.every((set, index) => set.has(position + rest[index]!.offset - first!.offset));
    const starts = positions.filter(at).map((position) => position - first!.offset);
    if (starts.length > 0) found.set(page, starts);
  }
  return found;
}
