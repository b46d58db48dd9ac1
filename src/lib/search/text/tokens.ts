// How normalized text is handed to Pagefind so that its exact (quoted) search is a
// substring search. Every character becomes one Pagefind word, separated by spaces:
// a Chinese character or a-z/0-9 stands for itself; anything else (punctuation,
// symbols, other scripts) becomes "x" + its code point in hex, because Pagefind
// drops punctuation from words and from queries ("(" → x28, "/" → x2f, "、" → x3001).
// Pagefind stores the position of every word, and a quoted query matches only
// consecutive positions, so "核 安 全" matches 核安全 and nothing else.

/** CJK Unified Ideographs and Extension A: letters for Pagefind in every Unicode version it may use. */
const HAN = /^[\u3400-\u4dbf\u4e00-\u9fff]$/;
const ASCII_WORD = /^[a-z0-9]$/;

/** The Pagefind word for one character of normalized text. */
export function characterToken(character: string): string {
  if (HAN.test(character) || ASCII_WORD.test(character)) return character;
  return `x${character.codePointAt(0)!.toString(16)}`;
}

/** Pagefind words for normalized text, one per code point. */
export function searchTokens(normalized: string): string[] {
  return Array.from(normalized, characterToken);
}

/**
 * Between two paragraphs of one record: Pagefind gives it a position but indexes
 * no word for it, so a quoted query cannot match across paragraphs.
 */
export const UNIT_SEPARATOR = '¶';

/** Record content for Pagefind: the tokens of each paragraph, paragraphs kept apart. */
export function recordContent(normalizedUnits: readonly string[]): string {
  return normalizedUnits.map((unit) => searchTokens(unit).join(' ')).join(` ${UNIT_SEPARATOR} `);
}

/** The Pagefind query for a normalized query: a quoted phrase of its tokens ("" when there is nothing to find). */
export function phraseQuery(normalizedQuery: string): string {
  return normalizedQuery ? `"${searchTokens(normalizedQuery).join(' ')}"` : '';
}
