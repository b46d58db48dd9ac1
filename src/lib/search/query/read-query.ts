// A query as typed → what the search looks for. Three readings, in this order:
//   - several plain words that together are a name (chemical weapons convention, Russian
//     Federation, UNSCR 1540, resolution 1540 (2004)) are that one name, not several terms;
//   - the query language (parse-query.ts), each term in simplified characters (to-simplified.ts);
//   - plain words of twelve characters or more may also be a pasted quotation (read-quote.ts),
//     which the search tries first and drops if no paragraph holds it.
import { normalizeForSearch } from '../text/normalize.ts';
import { parseQuery, type ParsedQuery } from './parse-query.ts';
import { readQuote } from './read-quote.ts';
import { loadSimplify, simplifyQuery, toSimplified, type LoadSimplify } from '../traditional/to-simplified.ts';

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
    parsed.hints.length === 0 &&
    parsed.excluded.length === 0 &&
    parsed.clauses.every((clause) => clause.length === 1 && !clause[0]!.quoted)
  );
}

function simplifiedText(typed: ParsedQuery, searched: ParsedQuery): string | undefined {
  const before = typed.clauses.flat().map((term) => term.normalized);
  const after = searched.clauses.flat().map((term) => term.normalized);
  return before.join(' ') === after.join(' ') ? undefined : after.join(' ');
}

/** `isName`: whether normalized text is a form of a name (build/search-names.ts), so that words making one are read as one. */
export async function readQuery(
  query: string,
  isName: (normalized: string) => boolean,
  load: LoadSimplify = loadSimplify,
): Promise<QueryReading> {
  const typed = parseQuery(query);
  const parsed = await simplifyQuery(typed, load);
  if (!isAllOf(typed)) {
    const simplified = simplifiedText(typed, parsed);
    return { parsed, ...(simplified ? { simplified } : {}) };
  }
  // A passage pasted with its quotation marks, or broken by a line end, is still one quotation.
  const typedWhole = normalizeForSearch(query);
  const whole = await toSimplified(typedWhole, load);
  // A long name (an instrument's full title) is a name, not a quotation.
  const quote = isName(whole) ? undefined : readQuote(whole);
  if (isPlain(typed) && typed.clauses.length > 1 && isName(whole)) {
    const term = { text: query.trim(), normalized: whole, quoted: false };
    return {
      parsed: { clauses: [[term]], excluded: [], hints: [] },
      ...(whole === typedWhole ? {} : { simplified: whole }),
      ...(quote ? { quote } : {}),
    };
  }
  const simplified = simplifiedText(typed, parsed);
  return { parsed, ...(simplified ? { simplified } : {}), ...(quote ? { quote } : {}) };
}
