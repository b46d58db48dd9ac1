// A parsed query → the searches that find its replies, and how their results combine. Each
// distinct term is one search: the index finds the records whose text holds it (a phrase of
// its characters, text/tokens.ts); a term that is a name also finds the records that name it.
// AND, OR and NOT are done here, on the records' places in the corpus (0, 1, 2… in corpus
// order), so that results come in corpus order. No index here: the engine runs the searches.
import type { ParsedQuery } from './terms.ts';

/** The searches a query needs, and how their results combine. */
export interface SearchPlan {
  /** Normalized text, one per distinct term: the positive terms' first. */
  searches: string[];
  /** Per clause, indexes into `searches`: a record satisfies the clause if one of those searches finds it. */
  clauses: number[][];
  /** Indexes into `searches` whose records are left out. */
  excluded: number[];
}

/** The plan for a query; a query with no clause needs no search (its exclusions are not run either). */
export function planSearches(query: ParsedQuery): SearchPlan {
  if (query.clauses.length === 0) return { searches: [], clauses: [], excluded: [] };
  const searches: string[] = [];
  const searchFor = (normalized: string): number => {
    const known = searches.indexOf(normalized);
    return known === -1 ? searches.push(normalized) - 1 : known;
  };
  const clauses = query.clauses.map((clause) => [...new Set(clause.map((term) => searchFor(term.normalized)))]);
  const excluded = [...new Set(query.excluded.map((term) => searchFor(term.normalized)))];
  return { searches, clauses, excluded };
}

/**
 * The places the query finds, ascending (corpus order). `found[index]` holds what
 * `plan.searches[index]` found; `excludedFound[index]`, if given, what an excluded search
 * leaves out (a term's own text only: a name never widens what NOT removes).
 */
export function combinePlaces(
  plan: SearchPlan,
  found: readonly ReadonlySet<number>[],
  excludedFound: readonly ReadonlySet<number>[] = found,
): number[] {
  if (found.length !== plan.searches.length)
    throw new Error(`combinePlaces: ${found.length} results for ${plan.searches.length} searches`);
  if (plan.clauses.length === 0) return [];
  const candidates = new Set<number>();
  for (const index of plan.clauses[0]!) for (const place of found[index]!) candidates.add(place);
  return [...candidates]
    .filter(
      (place) =>
        plan.clauses.every((clause) => clause.some((index) => found[index]!.has(place))) &&
        !plan.excluded.some((index) => excludedFound[index]!.has(place)),
    )
    .sort((a, b) => a - b);
}
