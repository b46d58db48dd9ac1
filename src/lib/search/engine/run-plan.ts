// The one place a plan runs (query/plan.ts): each distinct term found in the word index, each
// term that is a name widened to the records that name it, and the clauses combined. Searching,
// the filter counts and the offers on an empty page all read this, never a second run.
import { combinePlaces, type SearchPlan } from '../query/plan.ts';
import type { WordIndex } from './word-index.ts';

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

/** `namedBy(index)`: the records that name what search `index` names (none for a term that is no name). */
export async function runPlan(
  plan: SearchPlan,
  words: WordIndex,
  namedBy: (index: number) => readonly number[],
): Promise<PlanRun> {
  const found = await words.find(plan.searches);
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
