// Filter counts: for each filter the page lists, how many replies each value would leave.

/** Filter name → value → replies. */
export type FilterCounts = Record<string, Record<string, number>>;
