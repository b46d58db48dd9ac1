// The one place a plan runs (query/plan.ts): each distinct term's records (the engine finds
// them in the word index, or in a name's or variant group's file), each term that is a name
// widened to the records that name it, and the clauses combined. Searching, the filter counts
// and the offers on an empty page all read this, never a second run.
import { combinePlaces, type SearchPlan } from '../query/plan.ts';

export interface PlanRun {
  plan: SearchPlan;
  /** Per search, the records whose text holds its term. */
  text: ReadonlySet<number>[];
  /** Per search, those and the records that name what the term names. */
  named: ReadonlySet<number>[];
  /** The records the query's own text finds, ascending (corpus order). */
  exact: number[];
  /** The records it finds with its names, ascending: a superset of exact. */
  all: number[];
}

/**
 * `found[index]`: the records whose text holds search `index`; `namedBy(index)`: the records
 * that name what it names (none for a term that is no name).
 */
export function runPlan(
  plan: SearchPlan,
  found: readonly (readonly number[])[],
  namedBy: (index: number) => readonly number[],
): PlanRun {
  const text = found.map((places) => new Set(places));
  const named = found.map((places, index) => new Set([...places, ...namedBy(index)]));
  return {
    plan,
    text,
    named,
    exact: combinePlaces(plan, text, text),
    // What NOT leaves out is the term's own text: a name never widens an exclusion.
    all: combinePlaces(plan, named, text),
  };
}

/** The run with one search's results replaced (another form of its term): what a link offering that form would find. */
export function withSearchReplaced(run: PlanRun, index: number, text: ReadonlySet<number>): number[] {
  const replaced = (sets: readonly ReadonlySet<number>[]) => sets.map((set, at) => (at === index ? text : set));
  return combinePlaces(run.plan, replaced(run.named), replaced(run.text));
}
