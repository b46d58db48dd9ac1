// Whether a reply's terms stand close together: one occurrence of each clause (any of its
// alternatives) beginning within a span of characters, in the word index's positions (one per
// character, a paragraph break counting as one). Read from the positions the query's words were
// found at, so ordering every reply found costs no card.

/** How close the terms of a query must begin for a reply to be listed first: about a sentence or two. */
export const CLOSE_WITHIN = 100;

/**
 * `clauses`: for each clause, the positions where its terms begin, ascending. True if one of
 * each begins within `within` characters of the others: the smallest window that holds one of
 * each, found by always moving the earliest (every list read once).
 */
export function closeTogether(clauses: readonly (readonly number[])[], within: number = CLOSE_WITHIN): boolean {
  if (clauses.length === 0 || clauses.some((starts) => starts.length === 0)) return false;
  const next = clauses.map(() => 0);
  const at = (clause: number) => clauses[clause]![next[clause]!]!;
  for (;;) {
    let earliest = 0;
    let latest = at(0);
    for (let clause = 1; clause < clauses.length; clause++) {
      if (at(clause) < at(earliest)) earliest = clause;
      latest = Math.max(latest, at(clause));
    }
    if (latest - at(earliest) <= within) return true;
    if (++next[earliest]! === clauses[earliest]!.length) return false;
  }
}
