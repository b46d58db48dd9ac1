// What a query is once read: terms, each of a kind, in clauses of alternatives, and the terms
// to leave out. The parser (parse-query.ts) makes it, the reader (read-query.ts) names the
// terms that are names, the plan (plan.ts) and the matcher (match-query.ts) use it.

/**
 * - word: typed as is (核安全), or single characters typed apart (核 安 全), joined;
 * - phrase: in quotation marks, white space inside ignored ("nuclear security");
 * - number: with digits, joined to the counting or date characters typed beside it (2018 年 5 月);
 * - name: the form of an instrument, resolution, state or organization (化学武器公约, 1540决议), which finds the replies that name it in any form.
 */
export type TermKind = 'word' | 'phrase' | 'number' | 'name';

/** One thing to look for, as the query typed it. */
export interface QueryTerm {
  kind: TermKind;
  /** As typed, without its quotation marks, minus or plus; for joined words, with the spaces between. */
  text: string;
  /** What a part of a reply must contain. Never empty. */
  normalized: string;
  /** Where in the query, [start, end) in UTF-16 units: what an offered query replaces. */
  start: number;
  end: number;
}

/** Alternatives (OR): a reply satisfies the clause if it contains any one of them. */
export type Clause = QueryTerm[];

export type HintCode =
  | 'unclosed-quote'
  | 'empty-quotes'
  | 'lone-minus'
  | 'or-at-start'
  | 'or-at-end'
  | 'or-repeated'
  | 'or-beside-exclusion'
  | 'lone-not'
  | 'joined'
  | 'only-exclusions';

/** How the query was read where it was not read as typed: one line for the page. */
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
  /** Terms typed with a minus or after NOT. */
  excluded: QueryTerm[];
  /** At most one of each code, in the order of the query; only-exclusions, about the whole query, last. */
  hints: QueryHint[];
}

/** Every term of the query, the clauses' first, then the excluded ones. */
export function queryTerms(query: ParsedQuery): { term: QueryTerm; excluded: boolean }[] {
  return [
    ...query.clauses.flat().map((term) => ({ term, excluded: false })),
    ...query.excluded.map((term) => ({ term, excluded: true })),
  ];
}

/** The query with one term's text replaced: what a link offering another form of it searches. */
export function replaceTerm(query: string, term: Pick<QueryTerm, 'start' | 'end'>, text: string): string {
  return query.slice(0, term.start) + text + query.slice(term.end);
}
