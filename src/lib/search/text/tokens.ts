// How normalized text is handed to Pagefind so that its word index finds any substring by
// looking up about half as many words as the substring has characters. Every character
// gives one Pagefind word: itself and the character after it (a pair), or itself alone at
// the end of a paragraph. A pair is spelled as the two code points in four base-36 digits
// each ("核安" → "0kl40i2x"), because Pagefind drops punctuation from words and
// splits Chinese text into words of its own dictionary; digits and a-z it keeps as they are.
// Pagefind stores the position of every word, one per character, so the pairs at offsets
// 0, 2, 4 … (and the last pair) of a phrase, found at those distances, place the phrase;
// a single character is every word that starts with its code.

/** Digits of one character's code: four base-36 digits hold every code point (36⁴ > 0x10FFFF). */
const CODE_DIGITS = 4;

/** One character as a part of a Pagefind word: its code point in four base-36 digits. */
export function characterCode(character: string): string {
  return character.codePointAt(0)!.toString(36).padStart(CODE_DIGITS, '0');
}

/** Pagefind words for a paragraph's normalized text, one per code point: the pair it starts, the last alone. */
export function searchTokens(normalized: string): string[] {
  const codes = Array.from(normalized, characterCode);
  return codes.map((code, index) => code + (codes[index + 1] ?? ''));
}

/**
 * Between two paragraphs of one record: Pagefind gives it a position but indexes
 * no word for it, and no pair spans it, so a phrase cannot match across paragraphs.
 */
export const UNIT_SEPARATOR = '¶';

/** Record content for Pagefind: the words of each paragraph, paragraphs kept apart. */
export function recordContent(normalizedUnits: readonly string[]): string {
  return normalizedUnits.map((unit) => searchTokens(unit).join(' ')).join(` ${UNIT_SEPARATOR} `);
}

/** A word to look up for a phrase: a pair, or (for a phrase of one character) every word starting with `word`. */
export interface PhraseWord {
  word: string;
  /** Where it stands in the phrase, in characters. */
  offset: number;
  prefix: boolean;
}

/** The words whose places, at these offsets from one another, are the places of a normalized phrase. */
export function phraseWords(normalized: string): PhraseWord[] {
  const codes = Array.from(normalized, characterCode);
  if (codes.length === 1) return [{ word: codes[0]!, offset: 0, prefix: true }];
  const offsets: number[] = [];
  for (let offset = 0; offset < codes.length - 1; offset += 2) offsets.push(offset);
  // An odd count of characters: the last pair overlaps the one before it by a character.
  if (offsets.length > 0 && offsets.at(-1) !== codes.length - 2) offsets.push(codes.length - 2);
  return offsets.map((offset) => ({ word: codes[offset]! + codes[offset + 1]!, offset, prefix: false }));
}
