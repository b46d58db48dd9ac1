// HOOK for the citations module (src/lib/citations, being written): the instruments and
// resolutions each reply cites, as search filters. Return e.g.
//   { instrument: ['cwc', 'bwc'], resolution: ['1540-2004'] }
// and every name becomes a Pagefind filter (scripts/index-search.ts), a URL parameter
// (/search/?q=…&instrument=cwc) and a list with counts on the search page; give the
// values readable labels in FILTER_GROUPS (filter-groups.ts).
import type { Submission } from '../schema.ts';

export function citationFilters(_submission: Submission): Record<string, string[]> {
  return {};
}
