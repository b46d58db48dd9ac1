// A search query → the terms a reply must contain, may contain instead, and must not
// contain. The same language on the search page, in the header box and in /search/?q= links:
//
//   核安全 出口管制          every term (white space between: ASCII, or ideographic U+3000)
//   "nuclear security"       one exact phrase; also “…”, 「…」, 『…』 and full-width ＂…＂
//   -核武器   -"…"           replies that contain it are left out (also full-width －)
//   化学武器 OR 生物武器      either (OR in capitals, as a word of its own; also | and ｜)
//
// Each term keeps the exactness of a whole query before this language: normalize.ts
// compares it with the text, white space, width and case ignored. Bad syntax never
// throws: it gets a hint in Chinese and English, and the closest reading of the query.
import { normalizeForSearch } from '../text/normalize.ts';

/** One thing to look for, as the query typed it. */
export interface QueryTerm {
  /** As typed, without its quotation marks or minus. */
  text: string;
  /** What a part of a reply must contain: normalizeForSearch(text). Never empty. */
  normalized: string;
  /** Typed in quotation marks: one phrase, even with white space in it. */
  quoted: boolean;
}

/** Terms joined by OR: a reply satisfies the clause if it contains any one of them. */
export type Clause = QueryTerm[];

export type HintCode =
  | 'unclosed-quote'
  | 'empty-quotes'
  | 'lone-minus'
  | 'or-at-start'
  | 'or-at-end'
  | 'or-repeated'
  | 'or-beside-exclusion'
  | 'only-exclusions';

/** What was wrong with the query's syntax and how it was read instead: one line for the page. */
export interface QueryHint {
  code: HintCode;
  zh: string;
  en: string;
  /** Where in the query, [start, end) in UTF-16 units. */
  start: number;
  end: number;
}

/**
 * A query as the search runs it. OR binds closer than the white space between terms:
 * `a OR b c` means (a OR b) AND c, so each clause is a list of alternatives.
 */
export interface ParsedQuery {
  /** A reply is a result if it satisfies every clause and contains no excluded term; no clause, no result. */
  clauses: Clause[];
  /** Terms typed with a minus. */
  excluded: QueryTerm[];
  /** At most one of each code, in the order of the query; only-exclusions, about the whole query, last. */
  hints: QueryHint[];
}

const WHITE_SPACE = /\s/;
const MINUS = new Set(['-', '－']);
const BAR = new Set(['|', '｜']);
const OR_WORDS = new Set(['OR', 'ＯＲ']);
/** Opening quotation mark → the mark that closes it. */
const QUOTES = new Map([
  ['"', '"'],
  ['＂', '＂'],
  ['“', '”'],
  ['「', '」'],
  ['『', '』'],
]);

const MESSAGES: Record<HintCode, (typed: string) => { zh: string; en: string }> = {
  'unclosed-quote': (typed) => ({
    zh: `引号 ${typed} 没有闭合：其后的全部内容按一个短语检索。`,
    en: `The quotation mark ${typed} is not closed: everything after it is searched as one phrase.`,
  }),
  'empty-quotes': () => ({ zh: '空引号已忽略。', en: 'Empty quotation marks were ignored.' }),
  'lone-minus': () => ({
    zh: '单独的减号已忽略：要排除含某词的答复，请把减号紧贴在词前，如 -核武器。',
    en: 'A lone minus was ignored: to leave out replies with a term, put the minus right before it, as in -核武器.',
  }),
  'or-at-start': (typed) => ({
    zh: `开头的 ${typed} 已忽略：${typed} 应写在两个词之间，如 化学武器 ${typed} 生物武器。`,
    en: `${typed} at the start was ignored: put it between two terms, as in 化学武器 ${typed} 生物武器.`,
  }),
  'or-at-end': (typed) => ({
    zh: `末尾的 ${typed} 已忽略：${typed} 应写在两个词之间，如 化学武器 ${typed} 生物武器。`,
    en: `${typed} at the end was ignored: put it between two terms, as in 化学武器 ${typed} 生物武器.`,
  }),
  'or-repeated': (typed) => ({ zh: `重复的 ${typed} 只算一个。`, en: `A repeated ${typed} counts once.` }),
  'or-beside-exclusion': (typed) => ({
    zh: `${typed} 不能连接排除的词，已忽略。`,
    en: `${typed} cannot join a term that is left out; it was ignored.`,
  }),
  'only-exclusions': () => ({
    zh: '检索词只有要排除的词，没有要找的内容：请加上要找的词。',
    en: 'The query only leaves terms out, so there is nothing to find: add a term to look for.',
  }),
};

function makeHint(code: HintCode, query: string, start: number, end: number): QueryHint {
  return { code, ...MESSAGES[code](query.slice(start, end)), start, end };
}

/** A term or an OR, with where the query has it. */
type Piece =
  | { kind: 'term'; term: QueryTerm; excluded: boolean; start: number; end: number }
  | { kind: 'or'; start: number; end: number };

/** A quoted phrase opening at `open`; an unclosed one reads to the end of the query. */
function readPhrase(query: string, open: number): { text: string; end: number; closed: boolean } {
  const close = query.indexOf(QUOTES.get(query[open]!)!, open + 1);
  if (close === -1) return { text: query.slice(open + 1), end: query.length, closed: false };
  return { text: query.slice(open + 1, close), end: close + 1, closed: true };
}

/** Where a word starting at `start` ends: at white space or a bar. A quotation mark inside a word is text (所谓“核安全”). */
function wordEnd(query: string, start: number): number {
  let end = start;
  while (end < query.length && !WHITE_SPACE.test(query[end]!) && !BAR.has(query[end]!)) end++;
  return end;
}

/** The term or OR starting at `start` (not white space, not a bar), and where reading goes on. */
function readPiece(query: string, start: number, hints: QueryHint[]): { piece?: Piece; end: number } {
  const excluded = MINUS.has(query[start]!);
  const at = excluded ? start + 1 : start;
  if (excluded && (at === query.length || WHITE_SPACE.test(query[at]!) || BAR.has(query[at]!))) {
    hints.push(makeHint('lone-minus', query, start, at));
    return { end: at };
  }
  if (QUOTES.has(query[at]!)) {
    const phrase = readPhrase(query, at);
    const normalized = normalizeForSearch(phrase.text);
    if (!normalized) {
      hints.push(makeHint('empty-quotes', query, start, phrase.end));
      return { end: phrase.end };
    }
    if (!phrase.closed) hints.push(makeHint('unclosed-quote', query, at, at + 1));
    const term = { text: phrase.text, normalized, quoted: true };
    return { piece: { kind: 'term', term, excluded, start, end: phrase.end }, end: phrase.end };
  }
  const end = wordEnd(query, at);
  const text = query.slice(at, end);
  if (!excluded && OR_WORDS.has(text)) return { piece: { kind: 'or', start, end }, end };
  const normalized = normalizeForSearch(text);
  // A word of invisible characters only (a zero-width space) is nothing to look for.
  if (!normalized) return { end };
  return { piece: { kind: 'term', term: { text, normalized, quoted: false }, excluded, start, end }, end };
}

/** The query's terms and ORs, in order. */
function readPieces(query: string, hints: QueryHint[]): Piece[] {
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

/** Terms → clauses: an OR joins the positive terms on both sides of it; one it cannot join is dropped with a hint. */
function groupClauses(query: string, pieces: readonly Piece[], hints: QueryHint[]): Omit<ParsedQuery, 'hints'> {
  const clauses: Clause[] = [];
  const excluded: QueryTerm[] = [];
  const dropOr = (code: HintCode, piece: Piece) => hints.push(makeHint(code, query, piece.start, piece.end));
  let previous: Piece | undefined;
  let joining: Piece | undefined;
  for (const piece of pieces) {
    if (piece.kind === 'or') {
      if (joining) dropOr('or-repeated', piece);
      else if (!previous) dropOr('or-at-start', piece);
      else if (previous.kind === 'term' && previous.excluded) dropOr('or-beside-exclusion', piece);
      else joining = piece;
      continue;
    }
    if (piece.excluded) {
      if (joining) dropOr('or-beside-exclusion', joining);
      excluded.push(piece.term);
    } else if (joining) clauses.at(-1)!.push(piece.term);
    else clauses.push([piece.term]);
    joining = undefined;
    previous = piece;
  }
  if (joining) dropOr('or-at-end', joining);
  return { clauses, excluded };
}

/** The query as the search runs it, with a hint for each kind of syntax it had to read past. */
export function parseQuery(query: string): ParsedQuery {
  const hints: QueryHint[] = [];
  const { clauses, excluded } = groupClauses(query, readPieces(query, hints), hints);
  const firstOfEach = hints.filter((hint, index) => hints.findIndex((each) => each.code === hint.code) === index);
  firstOfEach.sort((a, b) => a.start - b.start);
  // About the whole query, so after the hints about its parts.
  if (clauses.length === 0 && excluded.length > 0)
    firstOfEach.push(makeHint('only-exclusions', query, 0, query.length));
  return { clauses, excluded, hints: firstOfEach };
}

/** Every term of the query, the clauses' first, then the excluded ones. */
export function queryTerms(query: ParsedQuery): { term: QueryTerm; excluded: boolean }[] {
  return [
    ...query.clauses.flat().map((term) => ({ term, excluded: false })),
    ...query.excluded.map((term) => ({ term, excluded: true })),
  ];
}
