// Words as people type them, read as they mean them. Copied from a PDF or typed in the UN's
// style, one term often comes in pieces: 核 安 全 (a PDF's spaces between characters), 2018 年 5
// 月 (UN documents space a number from its unit), 第 1540 (2004)号决议, 82 个伙伴国. So plain
// words next to each other join into one term when:
//   - each is a single Han character (核 安 全 → 核安全);
//   - a word ending in a number is followed by one starting with a counting or date character,
//     or by a parenthesized number ((2004)号决议);
//   - a word ending in 第, or in a number with 年 or 月, is followed by one starting with a number.
// 古巴 1540 stays two terms: nothing ties the number to the word before it. And an ellipsis or
// a question mark at either end of a term (a truncated quotation, a question) is dropped.
import { normalizeForSearch } from '../text/normalize.ts';
import { makeHint } from './hints.ts';
import type { Piece, TermPiece } from './read-pieces.ts';
import type { QueryHint } from './terms.ts';

const HAN = /^\p{Script=Han}$/u;
const DIGIT = '0-9０-９';
const ENDS_IN_NUMBER = new RegExp(`[${DIGIT}][)）]?$`);
const STARTS_WITH_NUMBER = new RegExp(`^[${DIGIT}]`);
/** Characters that count or date the number before them. */
const UNITS =
  '年月日号號个個项項条條款次名届屆段份位家国國万萬亿億千百%％周天时時分批架艘枚件种種类類部期卷页頁章节節岁歲';
const STARTS_WITH_UNIT = new RegExp(`^(?:[${UNITS}]|[(（][${DIGIT}])`);
const ENDS_BEFORE_NUMBER = new RegExp(`(?:第|[${DIGIT}][年月])$`);
/** An ellipsis (… …… ... 。。。) or question marks at an end of a term. */
const LOOSE_ENDS = /^(?:…+|\.{2,}|。{2,}|[?？]+)+|(?:…+|\.{2,}|。{2,}|[?？]+)+$/g;

const isPlain = (piece: Piece): piece is TermPiece =>
  piece.kind === 'term' && !piece.quoted && !piece.excluded && piece.textStart === piece.start;

/** Whether a plain word typed after others (`before`, joined so far; `last`, the word just before it) belongs to them. */
export function belongTogether(before: string, last: string, after: string): boolean {
  if (HAN.test(last) && HAN.test(after)) return true;
  if (ENDS_IN_NUMBER.test(before) && STARTS_WITH_UNIT.test(after)) return true;
  return ENDS_BEFORE_NUMBER.test(before) && STARTS_WITH_NUMBER.test(after);
}

/** A term without an ellipsis or question marks at its ends; undefined if nothing else is left. */
function trimLooseEnds(piece: TermPiece): TermPiece | undefined {
  // White space at the ends of a phrase ("核安全…… ") is nothing: the ellipsis before it is the end.
  const spaced = /^\s*/.exec(piece.text)![0].length;
  const bare = piece.text.trim();
  const leading = /^(?:…+|\.{2,}|。{2,}|[?？]+)+/.exec(bare)?.[0].length ?? 0;
  const text = bare.slice(leading).replace(LOOSE_ENDS, '');
  // Nothing left to look for (white space, an invisible character): no term.
  if (!normalizeForSearch(text)) return undefined;
  if (text === bare) return piece;
  const textStart = piece.textStart + spaced + leading;
  return { ...piece, text, textStart, textEnd: textStart + text.length };
}

/** The pieces with loose ends trimmed and the words that belong together joined; a hint for the first join. */
export function joinWords(query: string, pieces: readonly Piece[], hints: QueryHint[]): Piece[] {
  const joined: Piece[] = [];
  let hinted = false;
  let lastWord = '';
  for (const each of pieces) {
    const piece = each.kind === 'term' ? trimLooseEnds(each) : each;
    if (!piece) continue;
    const last = joined.at(-1);
    const word = piece.kind === 'term' ? piece.text : '';
    const previous = lastWord;
    lastWord = word;
    if (last && isPlain(last) && isPlain(piece) && belongTogether(last.text.replace(/\s+/g, ''), previous, word)) {
      joined[joined.length - 1] = {
        ...last,
        text: query.slice(last.textStart, piece.textEnd),
        end: piece.end,
        textEnd: piece.textEnd,
      };
      if (!hinted) hints.push(makeHint('joined', query, last.textStart, piece.textEnd));
      hinted = true;
      continue;
    }
    joined.push(piece);
  }
  // The hint names the whole joined term, however many words it took.
  const hint = hints.find((each) => each.code === 'joined');
  const term = joined.find((piece) => piece.kind === 'term' && hint && piece.textStart === hint.start);
  if (hint && term?.kind === 'term') Object.assign(hint, makeHint('joined', query, term.textStart, term.textEnd));
  return joined;
}
