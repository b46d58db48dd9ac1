// The search filters: their names in the URL (/search/?q=核安全&report=A/73/112&kind=state),
// their labels, and how a selection becomes a Pagefind filter. Within one filter any
// selected value matches; across filters all must match.
import { KIND_LABELS } from '../../labels.ts';
import { MEASURE_IDS, MEASURES, type MeasureId } from '../../measures/codebook.ts';
import { languageName } from '../../languages.ts';
import type { Submission } from '../../schema.ts';
import type { FilterSelection } from '../../urls.ts';

export type { FilterSelection };

export interface FilterGroup {
  /** URL parameter and Pagefind filter name. */
  name: string;
  label: { zh: string; en: string };
  /** How a value is shown; the value itself when absent. */
  valueLabel?: (value: string) => string;
  /** Order of the values in the list. */
  compare?: (a: string, b: string) => number;
}

const newestFirst = (a: string, b: string) => b.localeCompare(a, 'en', { numeric: true });

/** Shown in this order, where the index has values for them. */
export const FILTER_GROUPS: readonly FilterGroup[] = [
  { name: 'report', label: { zh: '报告', en: 'Report' }, compare: newestFirst },
  { name: 'year', label: { zh: '年份', en: 'Year' }, compare: newestFirst },
  {
    name: 'kind',
    label: { zh: '答复方', en: 'Respondent' },
    valueLabel: (value) => KIND_LABELS[value as keyof typeof KIND_LABELS]?.plural ?? value,
  },
  {
    name: 'language',
    label: { zh: '原文语种', en: 'Original language' },
    valueLabel: (value) => languageName(value as Submission['originalLanguage'])?.zh ?? value,
  },
  // The measures a reply reports, as this site codes them (src/lib/measures/).
  {
    name: 'measure',
    label: { zh: '措施', en: 'Measure' },
    valueLabel: (value) => MEASURES.find((measure) => measure.id === value)?.zh ?? value,
    compare: (a, b) => MEASURE_IDS.indexOf(a as MeasureId) - MEASURE_IDS.indexOf(b as MeasureId),
  },
  // Values come from the citations module, through name-filters.ts.
  { name: 'instrument', label: { zh: '文书', en: 'Instrument' } },
  { name: 'resolution', label: { zh: '决议', en: 'Resolution' } },
];

/** How a filter value is shown. */
export function valueLabel(group: FilterGroup, value: string): string {
  return group.valueLabel?.(value) ?? value;
}

/** A filter's values in the order the page lists them. */
export function sortedValues(group: FilterGroup, values: Iterable<string>): string[] {
  return [...values].sort(
    group.compare ?? ((a, b) => valueLabel(group, a).localeCompare(valueLabel(group, b), 'zh-CN')),
  );
}

/** Filters the page never lists: "state" and "organization" serve names that are queries (build/search-names.ts). */
export const HIDDEN_FILTERS: ReadonlySet<string> = new Set(['state', 'organization']);

/** What a search URL asks for: the query, and every other parameter as selected filter values. */
export function readSearchParams(params: URLSearchParams): { query: string; selection: FilterSelection } {
  const selection: FilterSelection = {};
  for (const name of new Set(params.keys())) {
    const values = [...new Set(params.getAll(name).filter(Boolean))];
    if (name !== 'q' && values.length > 0) selection[name] = values;
  }
  return { query: params.get('q') ?? '', selection };
}

/** The selection without filters the index does not have (from an old or mistyped link). */
export function knownSelection(
  selection: FilterSelection,
  indexFilters: Record<string, Record<string, number>>,
): FilterSelection {
  return Object.fromEntries(
    Object.entries(selection).filter(([name]) => name in indexFilters && !HIDDEN_FILTERS.has(name)),
  );
}

/** The Pagefind filter for a selection, leaving one filter out (to count that filter's values). */
export function pagefindFilters(selection: FilterSelection, without?: string): Record<string, { any: string[] }> {
  const filters: Record<string, { any: string[] }> = {};
  for (const [name, values] of Object.entries(selection)) {
    if (name !== without && values.length > 0) filters[name] = { any: values };
  }
  return filters;
}

/** The groups to list: those the index has values for, known ones first in their order, then any others. */
export function groupsToShow(indexFilters: Record<string, Record<string, number>>): FilterGroup[] {
  const known = FILTER_GROUPS.filter((group) => Object.keys(indexFilters[group.name] ?? {}).length > 0);
  const others = Object.keys(indexFilters)
    .filter((name) => !HIDDEN_FILTERS.has(name) && !FILTER_GROUPS.some((group) => group.name === name))
    .sort()
    .map((name): FilterGroup => ({ name, label: { zh: name, en: name } }));
  return [...known, ...others];
}

/** Groups listed folded, their values most used first: many values, each a long name. */
const FOLDED = new Set(['instrument', 'resolution']);
/** A group with more values than this is folded too (the reports and years of a long series). */
const FOLDED_OVER = 12;

export interface FilterList {
  group: Pick<FilterGroup, 'name' | 'label'>;
  folded: boolean;
  values: { value: string; label: string }[];
}

/**
 * The filter lists the search page shows, from every value's number of replies: the groups in
 * their order, each value with its label (`labels`: those the groups cannot make, an instrument's
 * short name), folded where they are many. Written into the index file by the build.
 */
export function filterLists(
  totals: Record<string, Record<string, number>>,
  labels: Record<string, Record<string, string>> = {},
): FilterList[] {
  return groupsToShow(totals).map((group) => {
    const counts = totals[group.name]!;
    const cited = FOLDED.has(group.name);
    const values = cited
      ? Object.keys(counts).sort((a, b) => counts[b]! - counts[a]! || a.localeCompare(b, 'zh-CN', { numeric: true }))
      : sortedValues(group, Object.keys(counts));
    return {
      group: { name: group.name, label: group.label },
      folded: cited || values.length > FOLDED_OVER,
      values: values.map((value) => ({ value, label: labels[group.name]?.[value] ?? valueLabel(group, value) })),
    };
  });
}
