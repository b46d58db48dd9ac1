// The search over Pagefind: a query and a filter selection → the replies found, in the
// corpus's order, and the counts of each filter value. Pagefind finds the replies that
// contain the query (an exact phrase of characters, tokens.ts); where the query is the name
// of an instrument, a resolution or an organization (names.ts), the replies that name it in
// other words follow, found by that name's Pagefind filter. No DOM here: the page passes
// Pagefind in, and the tests a fake of it.
import { addCounts, anyName, matchedReplies, withoutFilter, type FilterCounts } from './filter-counts.ts';
import { HIDDEN_FILTERS, knownSelection, pagefindFilters, type FilterSelection } from './filter-groups.ts';
import { normalizeForSearch } from './normalize.ts';
import { namesOfQuery, type NameOfQuery } from './query-names.ts';
import { phraseQuery } from './tokens.ts';

export interface SearchOptions {
  filters?: Record<string, unknown>;
  sort?: Record<string, 'asc' | 'desc'>;
}

export interface SearchResponse {
  results: { id: string }[];
  filters: FilterCounts;
}

/** The part of Pagefind's JavaScript API the search uses (pagefind 1.6), once started. */
export interface PagefindApi {
  filters(): Promise<FilterCounts>;
  /** A null term: the filters' lists only. */
  preload(term: string | null, options: SearchOptions): Promise<void>;
  /** A null term: every record the filters leave. */
  search(term: string | null, options: SearchOptions): Promise<SearchResponse>;
}

/** What a search found. A new value for each search; nothing changes it afterwards. */
export interface Outcome {
  query: string;
  normalized: string;
  selection: FilterSelection;
  /** The Pagefind query: a quoted phrase of character tokens, "" when there is nothing to find. */
  term: string;
  /** The names the query is. */
  names: NameOfQuery[];
  /** Pagefind ids of the matching replies: those containing the query, then those naming it otherwise, each in the corpus's order. */
  ids: string[];
  /** How many of ids contain the query itself (with no query, all: every one the filters select). */
  exact: number;
  /** No query, filters ticked: every reply the filters select, listed (byFilters), with what the selected instruments and resolutions are called, to show where each names them. */
  byFilters: boolean;
  filterMarks: string[];
}

const ORDER = { order: 'asc' } as const;

/** An outcome without some replies (found, but their text turned out not to hold the query). */
export function withoutReplies(outcome: Outcome, dropped: ReadonlySet<string>): Outcome {
  if (dropped.size === 0) return outcome;
  const kept = outcome.ids.filter((id) => !dropped.has(id));
  const exact = outcome.ids.slice(0, outcome.exact).filter((id) => !dropped.has(id)).length;
  return { ...outcome, ids: kept, exact };
}

/**
 * Until its WebAssembly is ready, Pagefind answers each call 50 ms after checking
 * again; asking every 5 ms starts the first query up to 45 ms sooner. Repeated
 * calls cost little: Pagefind loads each file once.
 */
export function soonAsReady<T>(
  call: () => Promise<T>,
  wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms)),
): Promise<T> {
  return Promise.any(Array.from({ length: 10 }, (_, step) => wait(step * 5).then(call)));
}

export class SearchEngine {
  readonly #pagefind: () => Promise<PagefindApi>;
  readonly #nameList: readonly NameOfQuery[];
  #filterCounts: Promise<FilterCounts> | undefined;

  /** `pagefind`: Pagefind, started (loaded once, on the first call); `nameList`: the names a query can be (names.ts). */
  constructor(pagefind: () => Promise<PagefindApi>, nameList: readonly NameOfQuery[]) {
    this.#pagefind = pagefind;
    this.#nameList = nameList;
  }

  /** Every filter value with its number of replies; loading them also makes Pagefind count filter values in each search. */
  async allFilters(): Promise<FilterCounts> {
    this.#filterCounts ??= this.#pagefind().then((pagefind) => pagefind.filters());
    return this.#filterCounts;
  }

  async search(query: string, requested: FilterSelection): Promise<Outcome> {
    const pagefind = await this.#pagefind();
    const normalized = normalizeForSearch(query);
    const term = phraseQuery(normalized);
    // A link may name filters the index does not have (any more): drop those, which needs the list.
    const selection =
      Object.keys(requested).length > 0 ? knownSelection(requested, await this.allFilters()) : requested;
    const names = namesOfQuery(this.#nameList, query);
    const outcome = { query, normalized, selection, term, names, ids: [], exact: 0, byFilters: false, filterMarks: [] };
    if (!term) return Object.keys(selection).length > 0 ? this.#listByFilters(outcome) : outcome;
    const options = { filters: pagefindFilters(selection), sort: ORDER };
    const byName = { filters: { ...options.filters, ...anyName(names) }, sort: ORDER };
    // The name's filter lists load beside the query's index chunks, not after them.
    await Promise.all([
      soonAsReady(() => pagefind.preload(term, options)),
      ...(names.length > 0 ? [soonAsReady(() => pagefind.preload(null, byName))] : []),
    ]);
    const exact = (await pagefind.search(term, options)).results.map((result) => result.id);
    if (names.length === 0) return { ...outcome, ids: exact, exact: exact.length };
    const named = (await pagefind.search(null, byName)).results.map((result) => result.id);
    const others = named.filter((id) => !exact.includes(id));
    return { ...outcome, ids: [...exact, ...others], exact: exact.length };
  }

  /** No query: every reply the selection leaves, and the names of the instruments and resolutions it selects. */
  async #listByFilters(outcome: Outcome): Promise<Outcome> {
    const pagefind = await this.#pagefind();
    const found = await pagefind.search(null, { filters: pagefindFilters(outcome.selection), sort: ORDER });
    const ids = found.results.map((result) => result.id);
    const selected = this.#nameList.filter((name) => outcome.selection[name.kind]?.includes(name.value));
    return { ...outcome, ids, exact: ids.length, byFilters: true, filterMarks: selected.flatMap((name) => name.marks) };
  }

  /** For each filter value, the replies it would leave, the other filters applied; and which replies matched. */
  async countFilters(outcome: Outcome): Promise<{ counts: FilterCounts; replies: string[] }> {
    const all = await this.allFilters();
    if (!outcome.term && !outcome.byFilters) return { counts: {}, replies: [] };
    const found = await this.#matchCounts(outcome, outcome.selection);
    const counts: FilterCounts = {};
    for (const name of Object.keys(all).filter((each) => !HIDDEN_FILTERS.has(each))) {
      // A filter's own selection must not narrow its counts: any of its values may be added.
      counts[name] = outcome.selection[name]
        ? ((await this.#matchCounts(outcome, withoutFilter(outcome.selection, name)))[name] ?? {})
        : (found[name] ?? {});
    }
    return { counts, replies: matchedReplies(found) };
  }

  /** Filter counts over the replies a search finds under a selection: those containing the query, plus those naming it otherwise. */
  async #matchCounts(outcome: Outcome, selection: FilterSelection): Promise<FilterCounts> {
    const pagefind = await this.#pagefind();
    // With no query, a null term: every record the filters leave.
    const term = outcome.term || null;
    const containing = (await pagefind.search(term, { filters: pagefindFilters(selection) })).filters;
    if (outcome.names.length === 0) return containing;
    const found = matchedReplies(containing);
    const naming = await pagefind.search(null, {
      filters: {
        ...pagefindFilters(selection),
        ...anyName(outcome.names),
        ...(found.length > 0 ? { reply: { none: found } } : {}),
      },
    });
    return addCounts(containing, naming.filters);
  }
}
