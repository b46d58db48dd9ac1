// The search over Pagefind: a query and a filter selection → the replies found, in order,
// and the counts of each filter value. Each term of the query (query/parse-query.ts) is a
// Pagefind search of its own, an exact phrase of characters (tokens.ts); AND, OR and NOT
// are done on the ids (query/pagefind-terms.ts). A term that is the name of an instrument, a
// resolution, a state or an organization (build/search-names.ts) also finds the replies that name it in
// other words, through that name's Pagefind filter. A pasted quotation is looked for first,
// paragraph by paragraph. Filter counts and reply ids come from the replies' facets
// (reply-facets.ts), by their place in the corpus. No DOM here: the page passes Pagefind, the
// facets and the cards in, the tests fakes.
import { anyName, type FilterCounts } from '../filters/filter-counts.ts';
import { knownSelection, pagefindFilters, type FilterSelection } from '../filters/filter-groups.ts';
import { normalizeForSearch } from '../text/normalize.ts';
import { countFacets, facetTotals, replyId, type ReplyFacets } from '../filters/reply-facets.ts';
import { namesOfTerm, sameNames, type NameForms, type NameOfQuery } from '../vocabulary/name-forms.ts';
import type { ReplyCard, SearchUnit } from '../build/reply-records.ts';
import type { ParsedQuery, QueryHint } from '../query/parse-query.ts';
import { combineResults, planPagefindSearches, type PagefindPlan } from '../query/plan.ts';
import { matchReply } from '../query/match-query.ts';
import { holdsInOrder, QUOTE_MIN_LENGTH } from '../query/read-quote.ts';
import { readQuery } from '../query/read-query.ts';
import { loadSimplify, type LoadSimplify } from '../traditional/to-simplified.ts';
import { phraseQuery } from '../text/tokens.ts';

export interface SearchOptions {
  filters?: Record<string, unknown>;
}

export interface SearchResponse {
  results: { id: string }[];
}

/** The part of Pagefind's JavaScript API the search uses (pagefind 1.6), once started. */
export interface PagefindApi {
  /** A null term: the filters' lists only. */
  preload(term: string | null, options: SearchOptions): Promise<void>;
  /** A null term: every record the filters leave. */
  search(term: string | null, options: SearchOptions): Promise<SearchResponse>;
}

/** A paragraph (or footnote) that holds a pasted quotation. */
export interface QuoteSource {
  card: ReplyCard;
  unit: SearchUnit;
}

/** What a search found. A new value for each search; nothing changes it afterwards. */
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
  /** Pagefind ids of the matching replies: those the query's own text finds, then those found by a name, each in order. */
  ids: string[];
  /** How many of ids the query's text finds by itself (with no query, all: every one the filters select). */
  exact: number;
  /** No query, filters ticked: every reply the filters select, listed, with what the selected instruments and resolutions are called. */
  byFilters: boolean;
  filterMarks: string[];
  /** A pasted quotation: its parts, and every paragraph that holds them in order. */
  quote?: { parts: string[]; sources: QuoteSource[] };
}

/**
 * Results of several terms ordered for their first replies: that many cards are read for it,
 * before the first results show. Twice the first page: at 50× the 20 cards read before were
 * 36 KB of a two-term query's 232 KB (median of the bench's queries), more than its budget of
 * 1.5 times a one-term query's bytes allowed.
 */
export const ORDERED_BY_PROXIMITY = 10;

/** A pasted quotation's candidates whose paragraphs are read for it. */
const QUOTE_CANDIDATES = 20;

/**
 * Of each part of a pasted quotation, Pagefind is asked for its first this many characters
 * (the least a quotation has): enough to find its candidates, whose paragraphs are then read
 * for the whole parts. A 16–40-character passage otherwise needed an index chunk for each
 * of its characters, up to 30 requests, and was slower than Pagefind's defaults (bench).
 */
const QUOTE_SEARCHED = QUOTE_MIN_LENGTH;

/** An outcome without some replies (found, but their text turned out not to hold the query). */
export function withoutReplies(outcome: Outcome, dropped: ReadonlySet<string>): Outcome {
  if (dropped.size === 0) return outcome;
  const kept = outcome.ids.filter((id) => !dropped.has(id));
  const exact = outcome.ids.slice(0, outcome.exact).filter((id) => !dropped.has(id)).length;
  return { ...outcome, ids: kept, exact };
}

/** The normalized text of each positive term: what excerpts mark. */
export function positiveNeedles(outcome: Pick<Outcome, 'parsed'>): string[] {
  return [...new Set(outcome.parsed.clauses.flat().map((term) => term.normalized))];
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

/** What the engine needs from the page. */
export interface SearchEngineParts {
  /** Pagefind, started (loaded once, on the first call). */
  pagefind: () => Promise<PagefindApi>;
  /** The forms of the names a query can be (build/search-names.ts). */
  nameForms: readonly NameForms[];
  /** The names with their labels, marks and counts: loaded only when a query is one. */
  loadNames: () => Promise<readonly NameOfQuery[]>;
  /** The card of a result (scripts/index-search.ts writes one per reply), by Pagefind id. */
  loadCard: (id: string) => Promise<ReplyCard>;
  /** The replies' facets (scripts/index-search.ts writes them with the index), loaded once. */
  loadFacets: () => Promise<ReplyFacets>;
  /** The converter for traditional characters, loaded only for a query that has one. */
  loadSimplify?: LoadSimplify;
}

interface Found {
  exact: string[];
  all: string[];
}

/** Each search's ids, or with the ids of its names: a plan's sets in one of two ways. */
function unite(found: readonly string[][], named: readonly string[][]): string[][] {
  return found.map((ids, index) => [...ids, ...(named[index] ?? [])]);
}

export class SearchEngine {
  readonly #parts: SearchEngineParts;
  #places: Promise<Map<string, number>> | undefined;

  constructor(parts: SearchEngineParts) {
    this.#parts = parts;
  }

  /** Every filter value the page lists, with its number of replies. */
  async allFilters(): Promise<FilterCounts> {
    return facetTotals(await this.#parts.loadFacets());
  }

  /**
   * Each Pagefind id's place in the corpus, where the facets have its reply. Asked for no sort,
   * Pagefind lists every record in the order they were added, the corpus's (scripts/index-search.ts
   * checks it at build time); it answers from the index's metadata, which it has loaded already.
   */
  async #placesInCorpus(): Promise<Map<string, number>> {
    this.#places ??= (async () => {
      const pagefind = await this.#parts.pagefind();
      const ids = (await pagefind.search(null, {})).results.map((result) => result.id);
      return new Map(ids.map((id, place) => [id, place]));
    })();
    return this.#places;
  }

  /** Where a Pagefind id's reply is in the corpus. */
  async #placeOf(): Promise<(id: string) => number> {
    const places = await this.#placesInCorpus();
    return (id) => {
      const place = places.get(id);
      if (place === undefined) throw new Error(`search: ${id} is not in the index's list of replies`);
      return place;
    };
  }

  /** The ids a search found, in corpus order: Pagefind lists them by its score. */
  async #idsInCorpusOrder(response: SearchResponse): Promise<string[]> {
    const placeOf = await this.#placeOf();
    return response.results.map((result) => result.id).sort((a, b) => placeOf(a) - placeOf(b));
  }

  async search(query: string, requested: FilterSelection): Promise<Outcome> {
    // A link may name filters the index does not have (any more): drop those, which needs the list.
    const selection =
      Object.keys(requested).length > 0 ? knownSelection(requested, await this.allFilters()) : requested;
    const isName = (normalized: string) => namesOfTerm(this.#parts.nameForms, normalized).length > 0;
    const reading = await readQuery(query, isName, this.#parts.loadSimplify ?? loadSimplify);
    const base: Outcome = {
      query,
      selection,
      parsed: reading.parsed,
      hints: reading.parsed.hints,
      ...(reading.simplified ? { simplified: reading.simplified } : {}),
      names: [],
      ids: [],
      exact: 0,
      byFilters: false,
      filterMarks: [],
    };
    const quoted = reading.quote ? await this.#searchQuote(base, reading.quote) : undefined;
    if (quoted) return quoted;
    if (reading.parsed.clauses.length === 0)
      return Object.keys(selection).length > 0 ? this.#listByFilters(base) : base;
    return this.#orderByProximity(await this.#searchTerms(base));
  }

  /** The names each search of a plan stands for: a positive term's names; none for an excluded one. */
  #namesOfSearches(parsed: ParsedQuery, plan: PagefindPlan): NameForms[][] {
    const names: NameForms[][] = plan.searches.map(() => []);
    for (const term of parsed.clauses.flat())
      names[plan.searches.indexOf(phraseQuery(term.normalized))] = namesOfTerm(this.#parts.nameForms, term.normalized);
    return names;
  }

  /** The names, with their labels, marks and counts; loads them only if there are any. */
  async #fullNames(names: readonly NameForms[]): Promise<NameOfQuery[]> {
    return names.length === 0 ? [] : sameNames(await this.#parts.loadNames(), names);
  }

  /** Runs a plan under the page's filters: the ids its text finds, and with its names' replies too. */
  async #runPlan(plan: PagefindPlan, names: readonly NameForms[][], selection: FilterSelection): Promise<Found> {
    const pagefind = await this.#parts.pagefind();
    const options = { filters: pagefindFilters(selection) };
    const byName = (index: number) => ({ filters: { ...options.filters, ...anyName(names[index]!) } });
    const named = names.flatMap((each, index) => (each.length > 0 ? [index] : []));
    // The names' filter lists load beside the terms' index chunks, not after them.
    await Promise.all([
      ...plan.searches.map((term) => soonAsReady(() => pagefind.preload(term, options))),
      ...named.map((index) => soonAsReady(() => pagefind.preload(null, byName(index)))),
      this.#placesInCorpus(),
    ]);
    const ids = async (term: string | null, search: SearchOptions) =>
      this.#idsInCorpusOrder(await pagefind.search(term, search));
    const found = await Promise.all(plan.searches.map((term) => ids(term, options)));
    const byNames = await Promise.all(names.map((each, index) => (each.length > 0 ? ids(null, byName(index)) : [])));
    // One search in corpus order needs no other order; several, to be merged, do.
    const single = plan.searches.length === 1 && plan.excluded.length === 0;
    const order = single ? undefined : await ids(null, options);
    const combine = (sets: string[][]) => (order ? combineResults(plan, sets, order) : [...new Set(sets[0])]);
    return { exact: combine(found), all: combine(unite(found, byNames)) };
  }

  async #searchTerms(base: Outcome): Promise<Outcome> {
    const plan = planPagefindSearches(base.parsed);
    const names = this.#namesOfSearches(base.parsed, plan);
    const { exact, all } = await this.#runPlan(plan, names, base.selection);
    const others = all.filter((id) => !exact.includes(id));
    const uniqueNames = [...new Map(names.flat().map((name) => [`${name.kind}:${name.value}`, name])).values()];
    return { ...base, names: await this.#fullNames(uniqueNames), ids: [...exact, ...others], exact: exact.length };
  }

  /**
   * A quotation: the replies whose text holds its parts, and in them the paragraphs that hold
   * the parts in order. Undefined when no paragraph does: the query is then read as terms.
   */
  async #searchQuote(base: Outcome, parts: string[]): Promise<Outcome | undefined> {
    const parsed: ParsedQuery = {
      clauses: parts.map((part) => [{ text: part, normalized: part, quoted: true }]),
      excluded: [],
      hints: [],
    };
    const searched = (part: string) => [...part].slice(0, QUOTE_SEARCHED).join('');
    const plan = planPagefindSearches({
      ...parsed,
      clauses: parts.map((part) => [{ text: part, normalized: searched(part), quoted: true }]),
    });
    const { exact } = await this.#runPlan(
      plan,
      plan.searches.map(() => []),
      base.selection,
    );
    const cards = await Promise.all(
      exact.slice(0, QUOTE_CANDIDATES).map(async (id) => ({ id, card: await this.#parts.loadCard(id) })),
    );
    const sources = cards.flatMap(({ id, card }) =>
      card.units
        .filter((unit) => holdsInOrder(normalizeForSearch(unit.text), parts))
        .map((unit) => ({ id, card, unit })),
    );
    if (sources.length === 0) return undefined;
    const ids = [...new Set(sources.map((source) => source.id))];
    return {
      ...base,
      parsed,
      hints: [],
      ids,
      exact: ids.length,
      quote: { parts, sources: sources.map(({ card, unit }) => ({ card, unit })) },
    };
  }

  /** No query: every reply the selection leaves, and the names of the instruments and resolutions it selects. */
  async #listByFilters(outcome: Outcome): Promise<Outcome> {
    const pagefind = await this.#parts.pagefind();
    const ids = await this.#idsInCorpusOrder(
      await pagefind.search(null, { filters: pagefindFilters(outcome.selection) }),
    );
    const selected = await this.#fullNames(
      this.#parts.nameForms.filter((name) => outcome.selection[name.kind]?.includes(name.value)),
    );
    return { ...outcome, ids, exact: ids.length, byFilters: true, filterMarks: selected.flatMap((name) => name.marks) };
  }

  /**
   * Several terms: the replies that have them all in one paragraph come first. That needs
   * each reply's text, so it is done for the first ORDERED_BY_PROXIMITY replies its text finds.
   */
  async #orderByProximity(outcome: Outcome): Promise<Outcome> {
    if (outcome.parsed.clauses.length < 2 || outcome.exact < 2) return outcome;
    const head = outcome.ids.slice(0, Math.min(outcome.exact, ORDERED_BY_PROXIMITY));
    const cards = await Promise.all(head.map((id) => this.#parts.loadCard(id)));
    const close = new Set<string>();
    cards.forEach((card, index) => {
      const units = card.units.map((unit) => normalizeForSearch(unit.text));
      if (matchReply(outcome.parsed, units).withinOneUnit) close.add(head[index]!);
    });
    const ordered = [...head.filter((id) => close.has(id)), ...head.filter((id) => !close.has(id))];
    return { ...outcome, ids: [...ordered, ...outcome.ids.slice(head.length)] };
  }

  /** For each filter value, the replies it would leave, the other filters applied (reply-facets.ts); and which replies matched. */
  async countFilters(outcome: Outcome): Promise<{ counts: FilterCounts; replies: string[] }> {
    const [facets, places] = await Promise.all([this.#parts.loadFacets(), this.#placesInCorpus()]);
    if (places.size !== facets.respondent.length)
      throw new Error(`search: the index has ${places.size} replies, the facets ${facets.respondent.length}`);
    if (outcome.parsed.clauses.length === 0 && !outcome.byFilters) return { counts: {}, replies: [] };
    const matched = outcome.byFilters ? undefined : await this.#matchedReplies(outcome);
    const { counts, replies } = countFacets(facets, matched, outcome.selection);
    return { counts, replies: replies.map((place) => replyId(facets, place)) };
  }

  /** The replies (by their places in the corpus) the query finds in the whole corpus, whatever the filters. */
  async #matchedReplies(outcome: Outcome): Promise<number[]> {
    const places = await this.#placesInCorpus();
    const placeOf = await this.#placeOf();
    if (outcome.quote) return outcome.ids.map(placeOf);
    const pagefind = await this.#parts.pagefind();
    const plan = planPagefindSearches(outcome.parsed);
    const names = this.#namesOfSearches(outcome.parsed, plan);
    const ids = async (term: string | null, filters: Record<string, unknown>) =>
      (await pagefind.search(term, { filters })).results.map((result) => result.id);
    const found = await Promise.all(plan.searches.map((term) => ids(term, {})));
    const byNames = await Promise.all(names.map((each) => (each.length > 0 ? ids(null, anyName(each)) : [])));
    return combineResults(plan, unite(found, byNames), [...places.keys()]).map(placeOf);
  }
}
