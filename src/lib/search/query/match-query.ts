// A parsed query and the searchable parts of one reply → whether the reply is a result,
// and where each term occurs. "Contains" is a plain substring test of normalized text,
// within one part (search-units.ts): a term never matches across two paragraphs. The
// search page checks each reply Pagefind finds with this, and the tests use it as the
// oracle that the page is compared with.
import { queryTerms, type ParsedQuery, type QueryTerm } from './terms.ts';

/** A term of the query and the parts of one reply that contain it. */
export interface TermPlaces {
  term: QueryTerm;
  /** Typed with a minus: a reply that contains it is no result. */
  excluded: boolean;
  /** Indexes of the reply's parts that contain the term, ascending; empty if none does. */
  units: number[];
}

export interface ReplyMatch {
  /** Every clause has a term that some part contains, and no part contains an excluded term. */
  matches: boolean;
  /** Every term of the query (queryTerms' order) with where it occurs: what the page shows as "contains …". */
  terms: TermPlaces[];
}

/** Indexes of the normalized parts that contain the normalized needle. */
export function unitsContaining(units: readonly string[], needle: string): number[] {
  const found: number[] = [];
  units.forEach((unit, index) => {
    if (unit.includes(needle)) found.push(index);
  });
  return found;
}

/** `units`: the reply's searchable parts, each as normalizeForSearch gives it. */
export function matchReply(query: ParsedQuery, units: readonly string[]): ReplyMatch {
  const terms = queryTerms(query).map(({ term, excluded }) => ({
    term,
    excluded,
    units: unitsContaining(units, term.normalized),
  }));
  const placesOf = new Map(terms.map((places) => [places.term, places.units]));
  const satisfied = query.clauses.every((clause) => clause.some((term) => placesOf.get(term)!.length > 0));
  const leftOut = terms.some((places) => places.excluded && places.units.length > 0);
  const matches = query.clauses.length > 0 && satisfied && !leftOut;
  return { matches, terms };
}

/** The ids of the replies the query finds, in the order given: "substring per term, boolean combination". */
export function matchingReplies(
  query: ParsedQuery,
  replies: readonly { id: string; units: readonly string[] }[],
): string[] {
  return replies.filter((reply) => matchReply(query, reply.units).matches).map((reply) => reply.id);
}
