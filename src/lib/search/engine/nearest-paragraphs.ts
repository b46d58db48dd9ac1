// Where a quotation that no paragraph holds most likely comes from: a slip in one character, a
// word left out or changed. The paragraphs with the most characters in common with it, in
// order (the longest common subsequence), among the replies that hold most of its pieces.
import type { ReplyCard } from '../files/cards.ts';
import type { SearchUnit } from '../text/search-units.ts';
import { normalizeForSearch } from '../text/normalize.ts';

/** Pieces of this many characters are looked up to find the replies a quotation may come from. */
export const PIECE_LENGTH = 4;
/** At most this many pieces: each can need an index chunk of its own. */
const PIECES = 8;
/** A paragraph is offered only if it has at least this share of the quotation's characters, in order. */
const NEAR = 0.6;

/** Up to PIECES pieces of the text, spread over it. */
export function quotePieces(text: string): string[] {
  const characters = [...text];
  const starts = characters.length - PIECE_LENGTH;
  if (starts < 0) return [];
  const step = Math.max(1, Math.ceil((starts + 1) / PIECES));
  const pieces: string[] = [];
  for (let start = 0; start <= starts; start += step)
    pieces.push(characters.slice(start, start + PIECE_LENGTH).join(''));
  return [...new Set(pieces)];
}

/** The length of the longest common subsequence of two texts, by code point. */
export function charactersInOrder(a: string, b: string): number {
  const left = [...a];
  const right = [...b];
  let previous = new Array<number>(right.length + 1).fill(0);
  for (const character of left) {
    const row = [0];
    right.forEach((other, index) =>
      row.push(character === other ? previous[index]! + 1 : Math.max(previous[index + 1]!, row[index]!)),
    );
    previous = row;
  }
  return previous[right.length]!;
}

export interface NearParagraph {
  card: ReplyCard;
  unit: SearchUnit;
  /** Characters of the quotation the paragraph has, in order. */
  common: number;
  /** The quotation's length, in characters. */
  length: number;
}

/** The paragraphs of the cards nearest to the (normalized) quotation, nearest first. */
export function nearestParagraphs(quote: string, cards: readonly ReplyCard[], most = 3): NearParagraph[] {
  const length = [...quote].length;
  return cards
    .flatMap((card) =>
      card.units
        .filter((unit) => unit.kind !== 'title')
        .map((unit) => ({ card, unit, common: charactersInOrder(quote, normalizeForSearch(unit.text)), length })),
    )
    .filter((near) => near.common >= NEAR * length)
    .sort((a, b) => b.common - a.common)
    .slice(0, most);
}
