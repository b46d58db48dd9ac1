// What each reply is for the filters, on the search page: for each reply, in corpus order, the
// values it has of each filter (those the page lists, and the names it cites or mentions, which
// a query that is a name finds it by), and its respondent, which with its report makes its id.
// The build writes them into the search's index file (build/facets-of-replies.ts); the page
// counts a search's replies in them and finds the replies that name something.
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

/** The places of the replies that have a value of a filter (the instrument cwc, the organization nato), ascending. */
export function placesWithValue(facets: ReplyFacets, filter: string, value: string): number[] {
  const values = facets.filters[filter];
  const index = values?.values.indexOf(value) ?? -1;
  if (!values || index === -1) return [];
  return values.replies.flatMap((each, place) => (each.includes(index) ? [place] : []));
}

/** Whether a reply has one of the selected values of every selected filter. */
export function selectsReply(facets: ReplyFacets, place: number, selection: FilterSelection): boolean {
  return selects(facets, place, selection);
}
