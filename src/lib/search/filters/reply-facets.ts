// Filter counts and reply ids on the search page, without Pagefind's filter files: for each
// reply, in corpus order (the order Pagefind sorts results by), the values it has of each filter
// the page lists, and its respondent, which with its report makes its id. scripts/index-search.ts
// writes this once, gzipped; the page counts a search's replies in it. At 50× it is 2 KB
// gzipped, where Pagefind's nine filter files, all loaded for the counts, were 42 KB.
import type { FilterCounts } from './filter-counts.ts';
import type { FilterSelection } from './filter-groups.ts';
import { reportSlug, submissionId } from '../../urls.ts';

export interface ReplyFacets {
  /** Filter name → its values, and for each reply (corpus order) the indices of the values it has. */
  filters: Record<string, { values: string[]; replies: number[][] }>;
  /** The respondents' ids, and each reply's (an index into them). */
  respondents: string[];
  respondent: number[];
}

/** What the facets are made from: a reply's id, respondent and filter values. */
export interface FacetSource {
  id: string;
  respondent: string;
  filters: Record<string, string[]>;
}

/** A list's distinct values, sorted, and each item's indices into them. */
function indexValues(lists: readonly string[][]): { values: string[]; replies: number[][] } {
  const values = [...new Set(lists.flat())].sort();
  const place = new Map(values.map((value, index) => [value, index]));
  return { values, replies: lists.map((list) => list.map((value) => place.get(value)!)) };
}

/** The facets of replies in corpus order, for the filters named. */
export function replyFacets(replies: readonly FacetSource[], filterNames: readonly string[]): ReplyFacets {
  const respondents = indexValues(replies.map((reply) => [reply.respondent]));
  const facets: ReplyFacets = {
    filters: Object.fromEntries(
      filterNames.map((name) => [name, indexValues(replies.map((reply) => reply.filters[name] ?? []))]),
    ),
    respondents: respondents.values,
    respondent: respondents.replies.map(([index]) => index!),
  };
  replies.forEach((reply, index) => {
    if (replyId(facets, index) !== reply.id)
      throw new Error(
        `search: reply ${reply.id} is not named after its report and respondent (${replyId(facets, index)})`,
      );
  });
  return facets;
}

/** The id of the reply at a place in the corpus: its report's slug and its respondent (urls.ts). */
export function replyId(facets: ReplyFacets, index: number): string {
  const report = facets.filters['report']!;
  const symbol = report.values[report.replies[index]![0]!]!;
  return submissionId({ slug: reportSlug(symbol) }, facets.respondents[facets.respondent[index]!]!);
}

/** Whether a reply has one of the selected values of every selected filter but `without`. */
function selects(facets: ReplyFacets, index: number, selection: FilterSelection, without?: string): boolean {
  return Object.entries(selection).every(([name, selected]) => {
    const filter = facets.filters[name];
    if (name === without || !filter) return true;
    return filter.replies[index]!.some((value) => selected.includes(filter.values[value]!));
  });
}

/**
 * For each filter value, how many of the replies matched (all, if undefined) it would leave:
 * the other filters applied, not its own, as any of its values may be added. And which
 * matched replies the whole selection leaves, in corpus order.
 */
export function countFacets(
  facets: ReplyFacets,
  matched: readonly number[] | undefined,
  selection: FilterSelection,
): { counts: FilterCounts; replies: number[] } {
  const places = matched ?? facets.respondent.map((_, index) => index);
  const counts: FilterCounts = {};
  for (const [name, filter] of Object.entries(facets.filters)) {
    const values = filter.values.map(() => 0);
    for (const index of places)
      if (selects(facets, index, selection, name)) for (const value of filter.replies[index]!) values[value]!++;
    counts[name] = Object.fromEntries(filter.values.map((value, at) => [value, values[at]!]));
  }
  return { counts, replies: places.filter((index) => selects(facets, index, selection)) };
}

/** Each filter's values with their numbers of replies: what a link's selection is checked against. */
export function facetTotals(facets: ReplyFacets): FilterCounts {
  return countFacets(facets, undefined, {}).counts;
}
