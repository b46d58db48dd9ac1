// The replies' facets as the build writes them into the search's index file
// (filters/reply-facets.ts reads them): each reply's filter values and respondent, in corpus order.
import { replyId, type ReplyFacets } from '../filters/reply-facets.ts';

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
