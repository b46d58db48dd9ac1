// The pages where words occur one after another, as Pagefind's exact (quoted) search finds
// them (pagefind_web's exact_term): every word on the page, and a position of the first word
// followed by the others at the next positions. With one character per word
// (text/tokens.ts) this is a substring search, never across two paragraphs.
import type { WordPages } from './index-chunk.ts';

/** Page numbers, ascending, where the words (each as its chunk gives it; undefined: in no chunk) occur in a row. */
export function pagesWithPhrase(words: readonly (WordPages | undefined)[]): number[] {
  if (words.length === 0 || words.some((word) => word === undefined)) return [];
  const [first, ...rest] = words as WordPages[];
  const found: number[] = [];
  for (const [page, positions] of first!) {
    const following = rest.map((word) => word.get(page));
    if (following.some((each) => each === undefined)) continue;
    const sets = following.map((each) => new Set(each));
    if (positions.some((position) => sets.every((set, index) => set.has(position + index + 1)))) found.push(page);
  }
  return found.sort((a, b) => a - b);
}
