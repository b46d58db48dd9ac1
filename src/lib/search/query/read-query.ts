// A query as typed → what the search looks for. Three readings, in this order:
//   - the query language (parse-query.ts), each term in simplified characters (traditional/);
//   - terms that are names (vocabulary/name-forms.ts) become names, and several plain words that
//     together are one (chemical weapons convention, Russian Federation, UNSCR 1540) that one name;
//   - plain words of twelve characters or more may also be a pasted quotation (read-quote.ts),
//     which the search tries first and drops if no paragraph holds it.
import { normalizeForSearch } from '../text/normalize.ts';
import { loadSimplify, simplifyQuery, toSimplified, type LoadSimplify } from '../traditional/to-simplified.ts';
import { parseQuery } from './parse-query.ts';
import { readQuote } from './read-quote.ts';
import type { ParsedQuery, QueryTerm } from './terms.ts';

export interface QueryReading {
  /** What is searched, each term in simplified characters. */
  parsed: ParsedQuery;
  /** The terms as searched, where traditional characters were converted: for "已按简体检索：…". */
  simplified?: string;
  /** The parts of a pasted quotation, where the query may be one. */
  quote?: string[];
}

/** Terms that must all occur, quoted or not: no exclusions, no alternatives. What a pasted passage reads as. */
function isAllOf(parsed: ParsedQuery): boolean {
  return (
    parsed.excluded.length === 0 && parsed.clauses.length > 0 && parsed.clauses.every((clause) => clause.length === 1)
  );
}

/** Words only: no quotation marks, exclusions, alternatives nor syntax to hint about. */
function isPlain(parsed: ParsedQuery): boolean {
  return (
    parsed.hints.every((hint) => hint.code === 'joined') &&
    parsed.excluded.length === 0 &&
    parsed.clauses.every((clause) => clause.length === 1 && clause[0]!.kind !== 'phrase')
  );
}

function simplifiedText(typed: ParsedQuery, searched: ParsedQuery): string | undefined {
  const before = typed.clauses.flat().map((term) => term.normalized);
  const after = searched.clauses.flat().map((term) => term.normalized);
  return before.join(' ') === after.join(' ') ? undefined : after.join(' ');
}

/** Each term that is a name, of that kind. */
function withNames(parsed: ParsedQuery, isName: (normalized: string) => boolean): ParsedQuery {
  const named = (term: QueryTerm): QueryTerm => (isName(term.normalized) ? { ...term, kind: 'name' } : term);
  return { ...parsed, clauses: parsed.clauses.map((clause) => clause.map(named)) };
}

/** `isName`: whether normalized text is a form of a name, so that a term (or words together) that is one is read as one. */
export async function readQuery(
  query: string,
  isName: (normalized: string) => boolean,
  load: LoadSimplify = loadSimplify,
): Promise<QueryReading> {
  const typed = parseQuery(query);
  const parsed = withNames(await simplifyQuery(typed, load), isName);
  const simplified = simplifiedText(typed, parsed);
  const reading = (searched: ParsedQuery, converted = simplified, quote?: string[]): QueryReading => ({
    parsed: searched,
    ...(converted ? { simplified: converted } : {}),
    ...(quote ? { quote } : {}),
  });
  if (!isAllOf(typed)) return reading(parsed);
  // A passage pasted with its quotation marks, or broken by a line end, is still one quotation.
  const typedWhole = normalizeForSearch(query);
  const whole = await toSimplified(typedWhole, load);
  // A long name (an instrument's full title) is a name, not a quotation.
  const quote = isName(whole) ? undefined : readQuote(whole);
  if (isPlain(typed) && typed.clauses.length > 1 && isName(whole)) {
    const first = typed.clauses[0]![0]!;
    const last = typed.clauses.at(-1)![0]!;
    const term: QueryTerm = {
      kind: 'name',
      text: query.slice(first.start, last.end),
      normalized: whole,
      start: first.start,
      end: last.end,
    };
    return reading({ clauses: [[term]], excluded: [], hints: [] }, whole === typedWhole ? undefined : whole, quote);
  }
  return reading(parsed, simplified, quote);
}
