// The search: a query and a filter selection → the replies found, in order, and what the
// filter counts count. The query is read (query/read-query.ts), each distinct term looked up in
// Pagefind's word index (word-index.ts), a term that is the name of an instrument, a
// resolution, a state or an organization widened to the replies that name it (their facets),
// and the clauses combined (run-plan.ts, the one runner). A pasted quotation is looked for
// first, paragraph by paragraph. Filters select among the replies found; the reports' own
// texts are results of their own kind. No DOM here: the page passes the files in, the tests real ones.
import { nextTask } from './next-task.ts';
import type { FilterCounts } from '../filters/filter-counts.ts';
import { countFacets, facetTotals, placesWithValue, replyId, selectsReply } from '../filters/reply-facets.ts';
import { knownSelection, type FilterList, type FilterSelection } from '../filters/filter-groups.ts';
import type { ReplyCard } from '../files/cards.ts';
import { PAGEFIND_FORMAT, type SearchIndexFile, type SearchLookups } from '../files/index-file.ts';
import { planSearches } from '../query/plan.ts';
import { readQuery, type QueryReading } from '../query/read-query.ts';
import { holdsInOrder } from '../query/read-quote.ts';
import type { ParsedQuery } from '../query/terms.ts';
import { normalizeForSearch } from '../text/normalize.ts';
import { loadSimplify } from '../traditional/to-simplified.ts';
import { nameKey, namesOfTerm, type NameForms, type NameOfQuery } from '../../vocabulary/name-forms.ts';
import { variantsOf } from '../../vocabulary/variants.ts';
import { fromGaps } from '../files/place-gaps.ts';
import type { NameFile } from '../files/written-places.ts';
import type { Outcome, QuoteSource } from './outcome.ts';
import type { SearchUnit } from '../text/search-units.ts';
import { runPlan, type PlanRun } from './run-plan.ts';
import type { SearchFiles } from './search-files.ts';
import { rankedWindows } from './quote-windows.ts';
import { WordIndex } from './word-index.ts';
import { closeTogether } from './close-together.ts';

/** A pasted quotation's candidates whose paragraphs are read for it (replies, and as many reports' texts). */
const QUOTE_CANDIDATES = 20;

/** A quotation's candidates checked at a time before the first results: as many as the first page shows. */
const QUOTE_PAGE = 5;

/** Lookups of a quotation's pieces, each a round trip: the cheapest piece of each part, then the next. */
const QUOTE_ROUNDS = 2;

/** Filters a report's own text has; with any other ticked, it is no result. */
const REPORT_TEXT_FILTERS = new Set(['report', 'year']);

/** A quotation's candidates that hold it: replies (places, ascending), their paragraphs, reports' texts. */
interface QuoteFound {
  places: number[];
  sources: QuoteSource[];
  reportTexts: string[];
}

function joinFound(a: QuoteFound, b: QuoteFound): QuoteFound {
  return {
    places: [...a.places, ...b.places],
    sources: [...a.sources, ...b.sources],
    reportTexts: [...a.reportTexts, ...b.reportTexts],
  };
}

/**
 * Several terms: the records that have one of each clause beginning close together
 * (close-together.ts) first, each group in the order given (the corpus's).
 */
function closeFirst(
  places: readonly number[],
  clauseStarts: readonly ReadonlyMap<number, readonly number[]>[],
): number[] {
  const close = new Set(places.filter((place) => closeTogether(clauseStarts.map((starts) => starts.get(place) ?? []))));
  return [...places.filter((place) => close.has(place)), ...places.filter((place) => !close.has(place))];
}

/** A search as far as the engine keeps it, for what comes after the first results (notes, offers). */
export interface SearchRun {
  outcome: Outcome;
  reading: QueryReading;
  /** Absent for a quotation and a search by filters alone. */
  run?: PlanRun;
}

export class SearchEngine {
  readonly #files: SearchFiles;
  #lookups: Promise<{ lookups: SearchLookups; words: WordIndex }> | undefined;
  #index: Promise<{ file: SearchIndexFile; words: WordIndex }> | undefined;

  constructor(files: SearchFiles) {
    this.#files = files;
  }

  /** What a query needs before its first lookup and the word index over its chunk table, loaded once. */
  lookups(): Promise<{ lookups: SearchLookups; words: WordIndex }> {
    this.#lookups ??= this.#files.lookups().then((lookups) => {
      if (lookups.pagefind !== PAGEFIND_FORMAT)
        throw new Error(
          `search: the index was written by Pagefind ${lookups.pagefind}; this page reads ${PAGEFIND_FORMAT}`,
        );
      return { lookups, words: new WordIndex(lookups.chunks, (hash) => this.#files.chunk(hash)) };
    });
    return this.#lookups;
  }

  /** The whole index (lookups and the index file) and the word index, loaded once. */
  index(): Promise<{ file: SearchIndexFile; words: WordIndex }> {
    this.#index ??= Promise.all([this.lookups(), this.#files.index()]).then(async ([{ lookups, words }, facets]) => {
      // Reading the index file after the query's lookups went out is a task of its own for a page that searches on load.
      await nextTask();
      return { file: { ...lookups, ...facets }, words };
    });
    return this.#index;
  }

  /** The whole outcome of a search: a quotation's candidates all checked. */
  async search(query: string, requested: FilterSelection): Promise<Outcome> {
    return this.completeQuote((await this.searchRun(query, requested)).outcome);
  }

  async searchRun(query: string, requested: FilterSelection): Promise<SearchRun> {
    const { lookups } = await this.lookups();
    const isName = (normalized: string) => namesOfTerm(lookups.names, normalized).length > 0;
    const reading = await readQuery(query, isName, this.#files.simplify ?? loadSimplify);
    // A link may name filters the index does not have (any more): those are dropped.
    const selection =
      Object.keys(requested).length > 0
        ? knownSelection(requested, facetTotals((await this.index()).file.replies))
        : requested;
    const base: Outcome = {
      query,
      selection,
      parsed: reading.parsed,
      hints: reading.parsed.hints,
      ...(reading.simplified ? { simplified: reading.simplified } : {}),
      names: [],
      namedInResults: {},
      ids: [],
      exact: 0,
      matched: [],
      reportTexts: [],
      byFilters: false,
      filterMarks: [],
    };
    const quoted = reading.quote ? await this.#searchQuote(base, reading.quote) : undefined;
    if (quoted) return { outcome: quoted, reading };
    if (reading.parsed.clauses.length > 0) {
      const { outcome, run } = await this.#searchTerms(base);
      return { outcome, reading, run };
    }
    const outcome = Object.keys(selection).length > 0 ? await this.#listByFilters(base) : base;
    return { outcome, reading };
  }

  /** The names each search of a plan stands for: a positive term's names; none for an excluded one. */
  #namesOfSearches(file: SearchLookups, parsed: ParsedQuery, searches: readonly string[]): NameForms[][] {
    const names: NameForms[][] = searches.map(() => []);
    for (const term of parsed.clauses.flat())
      names[searches.indexOf(term.normalized)] = namesOfTerm(file.names, term.normalized);
    return names;
  }

  /** A name's file, by the name. */
  #nameFile(file: SearchLookups, name: NameForms): Promise<NameFile> {
    return this.#files.name(file.names.findIndex((each) => each.kind === name.kind && each.value === name.value));
  }

  /** The names with their labels, marks and counts: each name's file, loaded only for a query that is it. */
  async #fullNames(names: readonly NameForms[]): Promise<NameOfQuery[]> {
    const { lookups: file } = await this.lookups();
    const unique = [...new Map(names.map((name) => [`${name.kind}:${name.value}`, name])).values()];
    return Promise.all(
      unique.map(async (name) => {
        const { text: _text, ...labels } = await this.#nameFile(file, name);
        return { ...labels, forms: name.forms };
      }),
    );
  }

  /**
   * The records whose text holds a normalized term, where the build wrote them down: for a form
   * of a name (as typed, without title marks) or of a group of variants. Such a term then loads
   * its name's or group's file, which the page would load for its note anyway, and no word chunk.
   */
  #writtenPlaces(file: SearchLookups, normalized: string): Promise<number[]> | undefined {
    const [name, ...others] = namesOfTerm(file.names, normalized);
    if (name && others.length === 0 && nameKey(normalized) === normalized)
      return this.#nameFile(file, name).then((named) => fromGaps(named.text[normalized] ?? []));
    const variants = variantsOf(file.variants, normalized);
    if (variants) return this.variantPlaces(variants.group).then((places) => places[normalized] ?? []);
    return undefined;
  }

  /** For one group of variants, the records (places, ascending) whose text holds each form. */
  async variantPlaces(group: number): Promise<Record<string, number[]>> {
    const file = await this.#files.variants(group);
    return Object.fromEntries(Object.entries(file).map(([form, gaps]) => [form, fromGaps(gaps)]));
  }

  /** Runs a query's plan over the whole corpus (the filters select afterwards). */
  async runQuery(parsed: ParsedQuery): Promise<{ run: PlanRun; names: NameForms[] }> {
    const { lookups, words } = await this.lookups();
    const plan = planSearches(parsed);
    const names = this.#namesOfSearches(lookups, parsed, plan.searches);
    // Every search starts at once, before the index file is in: those written down from their
    // files, the others from the word chunks (the word index loads a chunk two searches share once).
    const finding = Promise.all(
      plan.searches.map(
        (search) => this.#writtenPlaces(lookups, search) ?? words.find([search]).then(([places]) => places!),
      ),
    );
    const [{ file }, found] = await Promise.all([this.index(), finding]);
    const namedBy = (index: number) =>
      names[index]!.flatMap((name) => placesWithValue(file.replies, name.kind, name.value));
    return { run: runPlan(plan, found, namedBy), names: names.flat() };
  }

  /** The places among `places` that are replies the selection keeps, in order. */
  #selectedReplies(file: SearchIndexFile, places: readonly number[], selection: FilterSelection): number[] {
    const replies = file.replies.respondent.length;
    return places.filter((place) => place < replies && selectsReply(file.replies, place, selection));
  }

  /** The reports' own texts among `places` that the selection keeps: only a report or year filter can. */
  #selectedReportTexts(file: SearchIndexFile, places: readonly number[], selection: FilterSelection): string[] {
    const replies = file.replies.respondent.length;
    if (Object.keys(selection).some((name) => !REPORT_TEXT_FILTERS.has(name))) return [];
    return places
      .filter((place) => place >= replies)
      .map((place) => file.reportTexts[place - replies]!)
      .filter(
        (text) =>
          (selection['report']?.includes(text.report) ?? true) && (selection['year']?.includes(text.year) ?? true),
      )
      .map((text) => text.id);
  }

  async #searchTerms(base: Outcome): Promise<{ outcome: Outcome; run: PlanRun }> {
    const starts = base.parsed.clauses.length > 1 ? this.#clauseStarts(base.parsed) : undefined;
    // Awaited below; should the plan fail first, its error is the one the page shows.
    starts?.catch(() => undefined);
    const { run, names } = await this.runQuery(base.parsed);
    const { file } = await this.index();
    const found = this.#selectedReplies(file, run.exact, base.selection);
    const exact = starts ? closeFirst(found, await starts) : found;
    const exactSet = new Set(exact);
    const others = this.#selectedReplies(file, run.all, base.selection).filter((place) => !exactSet.has(place));
    const listed = [...exact, ...others];
    const fullNames = await this.#fullNames(names);
    const namedInResults = Object.fromEntries(
      fullNames.map((name) => {
        const naming = new Set(placesWithValue(file.replies, name.kind, name.value));
        return [`${name.kind}:${name.value}`, listed.filter((place) => naming.has(place)).length];
      }),
    );
    const outcome: Outcome = {
      ...base,
      names: fullNames,
      namedInResults,
      ids: listed.map((place) => replyId(file.replies, place)),
      exact: exact.length,
      matched: run.all.filter((place) => place < file.replies.respondent.length),
      reportTexts: this.#selectedReportTexts(file, run.exact, base.selection),
    };
    return { outcome, run };
  }

  /**
   * A quotation: the replies whose text holds its parts, and in them the paragraphs that hold
   * the parts in order. Undefined when no paragraph does: the query is then read as terms.
   * Candidates are checked a page at a time until one holds: the rest wait in `quote.pending`
   * for completeQuote, after the first results (their cards are the search's dearest part).
   */
  async #searchQuote(base: Outcome, parts: string[]): Promise<Outcome | undefined> {
    const candidates = await this.#quoteCandidates(parts, base.selection);
    const { file } = await this.index();
    const selected = this.#selectedReplies(file, candidates, base.selection);
    const replies = selected.slice(0, QUOTE_CANDIDATES);
    // As many reports' texts as replies are read for it: a passage the reports share (their titles, at 50×) is in every one.
    const reportTexts = this.#selectedReportTexts(file, candidates, base.selection).slice(0, QUOTE_CANDIDATES);
    let found: QuoteFound = { places: [], sources: [], reportTexts: [] };
    let checked = 0;
    do {
      const next = await this.#checkQuote(
        parts,
        replies.slice(checked, checked + QUOTE_PAGE),
        reportTexts.slice(checked, checked + QUOTE_PAGE),
      );
      found = joinFound(found, next);
      checked += QUOTE_PAGE;
    } while (
      found.places.length === 0 &&
      found.reportTexts.length === 0 &&
      checked < Math.max(replies.length, reportTexts.length)
    );
    if (found.places.length === 0 && found.reportTexts.length === 0) return undefined;
    const parsed: ParsedQuery = {
      clauses: parts.map((part) => [{ kind: 'phrase', text: part, normalized: part, start: 0, end: 0 }]),
      excluded: [],
      hints: [],
    };
    const pending = { replies: replies.slice(checked), reportTexts: reportTexts.slice(checked) };
    return {
      ...this.#quoteOutcome(file, { ...base, parsed, hints: [] }, found),
      quote: {
        parts,
        sources: found.sources,
        unchecked: selected.length - replies.length,
        ...(pending.replies.length + pending.reportTexts.length > 0 ? { pending } : {}),
      },
    };
  }

  /** A quotation's outcome with the sources found so far. */
  #quoteOutcome(file: SearchIndexFile, outcome: Outcome, found: QuoteFound): Outcome {
    return {
      ...outcome,
      ids: found.places.map((place) => replyId(file.replies, place)),
      exact: found.places.length,
      matched: found.places,
      reportTexts: found.reportTexts,
    };
  }

  /** A quotation's outcome with its pending candidates checked too: what the page shows after the first results. */
  async completeQuote(outcome: Outcome): Promise<Outcome> {
    const quote = outcome.quote;
    if (!quote?.pending) return outcome;
    const { file } = await this.index();
    const shown = new Set(outcome.ids);
    const before: QuoteFound = {
      places: outcome.matched.filter((place) => shown.has(replyId(file.replies, place))),
      sources: quote.sources,
      reportTexts: outcome.reportTexts,
    };
    const found = joinFound(
      before,
      await this.#checkQuote(quote.parts, quote.pending.replies, quote.pending.reportTexts),
    );
    return {
      ...this.#quoteOutcome(file, outcome, found),
      quote: { parts: quote.parts, sources: found.sources, unchecked: quote.unchecked },
    };
  }

  /** Which of the candidates (replies' places, reports' texts' ids) hold the parts in order, and where. */
  async #checkQuote(
    parts: readonly string[],
    replies: readonly number[],
    reportTexts: readonly string[],
  ): Promise<QuoteFound> {
    const { file } = await this.index();
    const [cards, reportCards] = await Promise.all([
      Promise.all(replies.map((place) => this.#files.card(replyId(file.replies, place)))),
      Promise.all(reportTexts.map((id) => this.#files.reportCard(id))),
    ]);
    const holding = (units: readonly SearchUnit[]) =>
      units.filter((unit) => holdsInOrder(normalizeForSearch(unit.text), parts));
    const held = cards.map((card) => holding(card.units));
    return {
      places: replies.filter((_, index) => held[index]!.length > 0),
      sources: cards.flatMap((card, index) => held[index]!.map((unit) => ({ card, unit }))),
      reportTexts: reportCards.filter((card) => holding(card.units).length > 0).map((card) => card.id),
    };
  }

  /**
   * The records that hold a piece of each part of a quotation (quote-windows.ts): the cheapest
   * pieces first; while more replies than QUOTE_CANDIDATES are left, the next piece of each part
   * too, once (QUOTE_ROUNDS): a passage that many replies share (a formula, a corpus of copies)
   * would otherwise cost a round trip for every piece and never leave fewer.
   */
  async #quoteCandidates(parts: readonly string[], selection: FilterSelection): Promise<number[]> {
    const { words } = await this.lookups();
    const ranked = parts.map((part) => rankedWindows(part, (piece) => words.chunksOf(piece).size));
    const rounds = Math.min(QUOTE_ROUNDS, Math.max(...ranked.map((each) => each.length)));
    let candidates: number[] | undefined;
    for (let round = 0; round < rounds; round++) {
      const pieces = ranked.flatMap((each) => (each[round] === undefined ? [] : [each[round]!]));
      const [found, { file }] = await Promise.all([words.find(pieces), this.index()]);
      const sets = found.map((places) => new Set(places));
      candidates = (candidates ?? [...sets[0]!]).filter((place) => sets.every((set) => set.has(place)));
      if (this.#selectedReplies(file, candidates, selection).length <= QUOTE_CANDIDATES) break;
    }
    return [...candidates!].sort((a, b) => a - b);
  }

  /** No query: every reply the selection leaves, and the names of the instruments and resolutions it selects. */
  async #listByFilters(outcome: Outcome): Promise<Outcome> {
    const { file } = await this.index();
    const all = file.replies.respondent.map((_, place) => place);
    const places = this.#selectedReplies(file, all, outcome.selection);
    const selected = await this.#fullNames(
      file.names.filter((name) => outcome.selection[name.kind]?.includes(name.value)),
    );
    return {
      ...outcome,
      ids: places.map((place) => replyId(file.replies, place)),
      exact: places.length,
      matched: all,
      byFilters: true,
      filterMarks: selected.flatMap((name) => name.marks),
    };
  }

  /**
   * For each clause of several, record → where its terms begin (any alternative), ascending.
   * Looked up beside the plan's searches, whose chunks they share; a form of a name or of
   * variants, which the plan reads from its file, loads its chunks for this.
   */
  async #clauseStarts(parsed: ParsedQuery): Promise<ReadonlyMap<number, readonly number[]>[]> {
    const { words } = await this.lookups();
    return Promise.all(
      parsed.clauses.map(async (clause) => {
        const found = await words.starts(clause.map((term) => term.normalized));
        if (found.length === 1) return found[0]!;
        const joined = new Map<number, number[]>();
        for (const starts of found)
          for (const [place, at] of starts) joined.set(place, [...(joined.get(place) ?? []), ...at]);
        for (const at of joined.values()) at.sort((a, b) => a - b);
        return joined;
      }),
    );
  }

  /** The card of a reply found. */
  card(id: string): Promise<ReplyCard> {
    return this.#files.card(id);
  }

  /** For each filter value, the replies it would leave, the other filters applied; and the replies listed. */
  async countFilters(outcome: Outcome): Promise<{ counts: FilterCounts; replies: string[] }> {
    const { file } = await this.index();
    if (outcome.parsed.clauses.length === 0 && !outcome.byFilters) return { counts: {}, replies: [] };
    const { counts, replies } = countFacets(
      file.replies,
      outcome.byFilters ? undefined : outcome.matched,
      outcome.selection,
    );
    return { counts, replies: replies.map((place) => replyId(file.replies, place)) };
  }

  /** Every filter value the page lists, with its number of replies. */
  async allFilters(): Promise<FilterCounts> {
    return facetTotals((await this.index()).file.replies);
  }

  /** The filter lists the page shows, each value labelled (made by the build). */
  filterLists(): Promise<FilterList[]> {
    return this.#files.filters();
  }

  /** The replies (among `places`) the selection keeps: what a search with another term's results would list. */
  async listed(places: readonly number[], selection: FilterSelection): Promise<number[]> {
    return this.#selectedReplies((await this.index()).file, places, selection);
  }
}
