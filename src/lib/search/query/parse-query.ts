// A search query → the terms a reply must contain, may contain instead, and must not contain.
// The same language on the search page, in the header box and in /search/?q= links:
//
//   核安全 出口管制           every term (white space between, ASCII or ideographic; also AND, +词)
//   "nuclear security"        one exact phrase; also “…”, 「…」, 『…』 and full-width ＂…＂
//   -核武器   NOT 核武器      replies that contain it are left out (also full-width －)
//   化学武器 OR 生物武器       either (OR in capitals, as a word of its own; also | and ｜)
//   2018 年 5 月   核 安 全     one term: words typed apart that belong together (join-words.ts)
//
// Each term keeps the exactness of a whole query: text/normalize.ts compares it with the text,
// white space, width and case ignored. Bad syntax never throws: it gets a hint in Chinese and
// English, and the closest reading of the query. Which terms are names, read-query.ts says.
import { normalizeForSearch } from '../text/normalize.ts';
import { makeHint } from './hints.ts';
import { joinWords } from './join-words.ts';
import { readPieces, type Piece, type TermPiece } from './read-pieces.ts';
import type { Clause, HintCode, ParsedQuery, QueryHint, QueryTerm } from './terms.ts';

const HAS_DIGIT = /[0-9]/;

/** A term piece as the search looks for it: a phrase, a number or a word. */
function termOf(piece: TermPiece): QueryTerm {
  const normalized = normalizeForSearch(piece.text);
  const kind = piece.quoted ? 'phrase' : HAS_DIGIT.test(normalized) ? 'number' : 'word';
  return { kind, text: piece.text, normalized, start: piece.textStart, end: piece.textEnd };
}

/** Terms → clauses: an OR joins the positive terms on both sides of it, NOT leaves out the term after it; what cannot be read so is dropped with a hint. */
function groupClauses(query: string, pieces: readonly Piece[], hints: QueryHint[]): Omit<ParsedQuery, 'hints'> {
  const clauses: Clause[] = [];
  const excluded: QueryTerm[] = [];
  const drop = (code: HintCode, piece: Piece) => hints.push(makeHint(code, query, piece.start, piece.end));
  let previous: Piece | undefined;
  let joining: Piece | undefined;
  let not: Piece | undefined;
  for (const piece of pieces) {
    if (piece.kind === 'and') continue;
    if (piece.kind === 'not') {
      if (not) drop('lone-not', not);
      not = piece;
      continue;
    }
    if (piece.kind === 'or') {
      if (joining) drop('or-repeated', piece);
      else if (!previous) drop('or-at-start', piece);
      else if (previous.kind === 'term' && previous.excluded) drop('or-beside-exclusion', piece);
      else joining = piece;
      continue;
    }
    if (piece.kind !== 'term') continue;
    const term: TermPiece = { ...piece, excluded: piece.excluded || not !== undefined };
    not = undefined;
    if (term.excluded) {
      if (joining) drop('or-beside-exclusion', joining);
      excluded.push(termOf(term));
    } else if (joining) clauses.at(-1)!.push(termOf(term));
    else clauses.push([termOf(term)]);
    joining = undefined;
    previous = term;
  }
  if (joining) drop('or-at-end', joining);
  if (not) drop('lone-not', not);
  return { clauses, excluded };
}

/** The query as the search runs it, with a hint for each kind of thing it did not read as typed. */
export function parseQuery(query: string): ParsedQuery {
  const hints: QueryHint[] = [];
  const pieces = joinWords(query, readPieces(query, hints), hints);
  const { clauses, excluded } = groupClauses(query, pieces, hints);
  const firstOfEach = hints.filter((hint, index) => hints.findIndex((each) => each.code === hint.code) === index);
  firstOfEach.sort((a, b) => a.start - b.start);
  // About the whole query, so after the hints about its parts.
  if (clauses.length === 0 && excluded.length > 0)
    firstOfEach.push(makeHint('only-exclusions', query, 0, query.length));
  return { clauses, excluded, hints: firstOfEach };
}
