// A query as typed → its pieces in order: terms (a word, a quoted phrase, either after a minus,
// a plus or nothing) and the operators OR (also | and ｜), AND and NOT, in capitals, as words
// of their own. White space (ASCII or ideographic) separates pieces; bad syntax is read past
// with a hint, never an error.
import { normalizeForSearch } from '../text/normalize.ts';
import { makeHint } from './hints.ts';
import type { QueryHint } from './terms.ts';

/** A term as typed: a word, or a phrase typed in quotation marks. */
export interface TermPiece {
  kind: 'term';
  quoted: boolean;
  /** Without its quotation marks, minus or plus. */
  text: string;
  excluded: boolean;
  /** Where the piece is in the query, its minus or plus and marks included. */
  start: number;
  end: number;
  /** Where its text is in the query: what a joined or offered term replaces. */
  textStart: number;
  textEnd: number;
}

export interface OperatorPiece {
  kind: 'or' | 'and' | 'not';
  start: number;
  end: number;
}

export type Piece = TermPiece | OperatorPiece;

const WHITE_SPACE = /\s/;
const MINUS = new Set(['-', '－']);
const PLUS = new Set(['+', '＋']);
const BAR = new Set(['|', '｜']);
const OPERATORS = new Map<string, OperatorPiece['kind']>([
  ['OR', 'or'],
  ['ＯＲ', 'or'],
  ['AND', 'and'],
  ['ＡＮＤ', 'and'],
  ['NOT', 'not'],
  ['ＮＯＴ', 'not'],
]);
/** Opening quotation mark → the mark that closes it. */
const QUOTES = new Map([
  ['"', '"'],
  ['＂', '＂'],
  ['“', '”'],
  ['「', '」'],
  ['『', '』'],
]);

const endsPiece = (character: string | undefined) =>
  character === undefined || WHITE_SPACE.test(character) || BAR.has(character);

/** Where a word starting at `start` ends: at white space or a bar. A quotation mark inside a word is text (所谓“核安全”). */
function wordEnd(query: string, start: number): number {
  let end = start;
  while (!endsPiece(query[end])) end++;
  return end;
}

/** The piece starting at `start` (not white space, not a bar), and where reading goes on. */
function readPiece(query: string, start: number, hints: QueryHint[]): { piece?: Piece; end: number } {
  const sign = query[start]!;
  const excluded = MINUS.has(sign);
  const at = excluded || PLUS.has(sign) ? start + 1 : start;
  if (at > start && endsPiece(query[at])) {
    // A lone plus asks for nothing; a lone minus is a mistake worth saying.
    if (excluded) hints.push(makeHint('lone-minus', query, start, at));
    return { end: at };
  }
  if (QUOTES.has(query[at]!)) {
    const close = query.indexOf(QUOTES.get(query[at]!)!, at + 1);
    const end = close === -1 ? query.length : close + 1;
    const text = query.slice(at + 1, close === -1 ? query.length : close);
    if (!normalizeForSearch(text)) {
      hints.push(makeHint('empty-quotes', query, start, end));
      return { end };
    }
    if (close === -1) hints.push(makeHint('unclosed-quote', query, at, at + 1));
    const textEnd = close === -1 ? query.length : close;
    return { piece: { kind: 'term', quoted: true, text, excluded, start, end, textStart: at + 1, textEnd }, end };
  }
  const end = wordEnd(query, at);
  const text = query.slice(at, end);
  const operator = OPERATORS.get(text);
  if (operator && at === start) return { piece: { kind: operator, start, end }, end };
  // A word of invisible characters only (a zero-width space) is nothing to look for.
  if (!normalizeForSearch(text)) return { end };
  return { piece: { kind: 'term', quoted: false, text, excluded, start, end, textStart: at, textEnd: end }, end };
}

/** The query's pieces, in order. */
export function readPieces(query: string, hints: QueryHint[]): Piece[] {
  const pieces: Piece[] = [];
  let at = 0;
  while (at < query.length) {
    if (WHITE_SPACE.test(query[at]!)) at++;
    else if (BAR.has(query[at]!)) pieces.push({ kind: 'or', start: at, end: ++at });
    else {
      const read = readPiece(query, at, hints);
      if (read.piece) pieces.push(read.piece);
      at = read.end;
    }
  }
  return pieces;
}
