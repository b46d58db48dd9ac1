// A parsed query → the Pagefind searches that find its replies, and how to combine the
// ids they return. Pagefind 1.6 has one phrase per search at most: a search string is an
// exact search only when the whole of it is in quotes (pagefind.js: /^\s*".+"\s*$/), and
// Pagefind then drops punctuation, quotes included, from the string before it looks words
// up. So `"核 安 全" "出 口 管 制"` is the one phrase 核安全出口管制 (0 replies on this site,
// where 2 contain both), and `"核 安 全" 出` is no phrase at all but every character anywhere
// in the reply (22 replies). Pagefind has no OR and no NOT either. So each distinct term is
// a search of its own, a phrase of its characters (tokens.ts), and AND, OR and NOT are done
// here, on the ids. This module calls no Pagefind: the page runs the searches.
import { phraseQuery } from '../text/tokens.ts';
import type { ParsedQuery } from './parse-query.ts';

/** The searches a query needs, and how their results combine. */
export interface PagefindPlan {
  /** Pagefind search strings, one per distinct term: the positive terms' first. Each runs with the page's filters. */
  searches: string[];
  /** Per clause, indexes into `searches`: a reply satisfies the clause if one of those searches finds it. */
  clauses: number[][];
  /** Indexes into `searches` whose replies are left out. */
  excluded: number[];
}

/** The plan for a query; a query with no clause needs no search (its exclusions are not run either). */
export function planPagefindSearches(query: ParsedQuery): PagefindPlan {
  if (query.clauses.length === 0) return { searches: [], clauses: [], excluded: [] };
  const searches: string[] = [];
  const searchFor = (normalized: string): number => {
    const search = phraseQuery(normalized);
    const known = searches.indexOf(search);
    return known === -1 ? searches.push(search) - 1 : known;
  };
  const clauses = query.clauses.map((clause) => [...new Set(clause.map((term) => searchFor(term.normalized)))]);
  const excluded = [...new Set(query.excluded.map((term) => searchFor(term.normalized)))];
  return { searches, clauses, excluded };
}

/**
 * The ids the query finds, in corpus order. `found[index]` holds the ids that
 * `plan.searches[index]` returned. `corpusOrder` is every id in corpus order: Pagefind
 * ranks the ids of each search but cannot say where an id of one search falls among
 * those of another, which OR needs. One filter-only search gives it,
 * `pagefind.search(null, { sort: { order: 'asc' } })`: it downloads nothing that a
 * search has not loaded already (Pagefind's metadata and WebAssembly).
 */
export function combineResults(
  plan: PagefindPlan,
  found: readonly (readonly string[])[],
  corpusOrder: readonly string[],
): string[] {
  if (found.length !== plan.searches.length)
    throw new Error(`combineResults: ${found.length} results for ${plan.searches.length} searches`);
  const sets = found.map((ids) => new Set(ids));
  const foundBy = (index: number, id: string) => sets[index]!.has(id);
  return corpusOrder.filter(
    (id) =>
      plan.clauses.length > 0 &&
      plan.clauses.every((clause) => clause.some((index) => foundBy(index, id))) &&
      !plan.excluded.some((index) => foundBy(index, id)),
  );
}
