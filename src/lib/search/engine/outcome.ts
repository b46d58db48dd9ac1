// What a search found: a new value for each search, which nothing changes afterwards. The view
// renders it (src/scripts/search-view.ts); the notes beside it (other forms, offers) come after.
import type { ReplyCard } from '../files/cards.ts';
import type { FilterSelection } from '../filters/filter-groups.ts';
import type { ParsedQuery, QueryHint } from '../query/terms.ts';
import type { SearchUnit } from '../text/search-units.ts';
import type { NameOfQuery } from '../../vocabulary/name-forms.ts';

/** A paragraph (or footnote) that holds a pasted quotation. */
export interface QuoteSource {
  card: ReplyCard;
  unit: SearchUnit;
}

export interface Outcome {
  query: string;
  selection: FilterSelection;
  /** How the query was read: its terms, in simplified characters. */
  parsed: ParsedQuery;
  hints: QueryHint[];
  /** The terms as searched, where some were typed in traditional characters. */
  simplified?: string;
  /** What the query's terms name (any name finds all), each once. */
  names: NameOfQuery[];
  /** For each name ("instrument:cwc"), how many of the replies listed name it. */
  namedInResults: Record<string, number>;
  /** The replies listed, by id: those the query's own text finds, then those found by a name, each in order. */
  ids: string[];
  /** How many of ids the query's text finds by itself (with no query, all: every one the filters select). */
  exact: number;
  /** The replies the query finds in the whole corpus, whatever the filters (their places): what the filter counts count. */
  matched: number[];
  /** The reports' own texts (card ids) that hold the query, under the report and year filters. */
  reportTexts: string[];
  /** No query, filters ticked: every reply the filters select, listed, with what the selected instruments and resolutions are called. */
  byFilters: boolean;
  filterMarks: string[];
  /** A pasted quotation: its parts, and every paragraph of the replies listed that holds them in order. */
  quote?: {
    parts: string[];
    sources: QuoteSource[];
    /** Candidates not checked yet (the engine's completeQuote checks them): replies' places and reports' texts' ids. */
    pending?: { replies: number[]; reportTexts: string[] };
    /** Replies that hold a piece of each part beyond the candidates checked (QUOTE_CANDIDATES): not read, not counted. */
    unchecked: number;
  };
}

/** The normalized text of each positive term: what excerpts mark. */
export function positiveNeedles(outcome: Pick<Outcome, 'parsed'>): string[] {
  return [...new Set(outcome.parsed.clauses.flat().map((term) => term.normalized))];
}

/** An outcome without some replies (found, but their text turned out not to hold the query). */
export function withoutReplies(outcome: Outcome, dropped: ReadonlySet<string>): Outcome {
  if (dropped.size === 0) return outcome;
  const kept = outcome.ids.filter((id) => !dropped.has(id));
  const exact = outcome.ids.slice(0, outcome.exact).filter((id) => !dropped.has(id)).length;
  return { ...outcome, ids: kept, exact };
}
