// Filter counts on the search page when a query finds replies two ways, by its text and by
// the name it is (names.ts): Pagefind counts each search, the page adds them up.
import type { FilterSelection } from './filter-groups.ts';

/** Filter name → value → replies: what Pagefind reports for a search. */
export type FilterCounts = Record<string, Record<string, number>>;

/** The counts of two searches that found no reply in common. */
export function addCounts(a: FilterCounts, b: FilterCounts): FilterCounts {
  return Object.fromEntries(
    [...new Set([...Object.keys(a), ...Object.keys(b)])].map((name) => {
      const values = { ...a[name] };
      for (const [value, count] of Object.entries(b[name] ?? {})) values[value] = (values[value] ?? 0) + count;
      return [name, values];
    }),
  );
}

/** Each reply is the only record with its "reply" value, so that filter's counts say which replies a search found. */
export function matchedReplies(counts: FilterCounts): string[] {
  return Object.entries(counts['reply'] ?? {})
    .filter(([, count]) => count > 0)
    .map(([id]) => id);
}

/** A Pagefind filter for "names any of these": each name's kind is its filter. */
export function anyName(names: readonly { kind: string; value: string }[]): { any: Record<string, string>[] } {
  return { any: names.map((name) => ({ [name.kind]: name.value })) };
}

/** The selection without one filter: to count that filter's values as if any could be chosen. */
export function withoutFilter(selection: FilterSelection, name: string): FilterSelection {
  return Object.fromEntries(Object.entries(selection).filter(([each]) => each !== name));
}
