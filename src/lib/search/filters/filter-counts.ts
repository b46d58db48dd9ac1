// Filter counts, and the Pagefind filter that finds the replies naming any of a query's names (build/search-names.ts).

/** Filter name → value → replies. */
export type FilterCounts = Record<string, Record<string, number>>;

/** A Pagefind filter for "names any of these": each name's kind is its filter. */
export function anyName(names: readonly { kind: string; value: string }[]): { any: Record<string, string>[] } {
  return { any: names.map((name) => ({ [name.kind]: name.value })) };
}
