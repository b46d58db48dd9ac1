// Which names a query is: the instruments, resolutions, states and organizations a term can
// name, by any of their forms (the texts' own, the forms of scholarship and the press curated in
// content/data/name-forms.tsv, the site's labels, the English ones). Pure and small: the
// search page carries the forms and loads the rest of each name (labels, pages, counts) only
// for a query that is one.
import { normalizeForSearch } from '../search/text/normalize.ts';

/** A name as the search page knows it (search/build/search-names.ts builds these). */
export interface NameOfQuery {
  /** Also the filter whose value `value` every reply naming it carries. */
  kind: 'instrument' | 'resolution' | 'state' | 'organization';
  value: string;
  label: { zh: string; en: string };
  /** Its page on the site, without the base path. */
  page: string;
  /** Queries, as nameKey leaves them, that are this name. */
  forms: string[];
  /** Normalized text, any of which shows that a reply names it; marked in excerpts. */
  marks: string[];
  /** Replies that name it, in the whole corpus. */
  count: number;
}

/** What the search page carries of each name, to tell which names a query is; the rest loads when one is. */
export type NameForms = Pick<NameOfQuery, 'kind' | 'value' | 'forms'>;

/** A name as its file search/names/<place>.json.gz holds it: without its forms, which the index file has (NameForms). */
export type NameLabels = Omit<NameOfQuery, 'forms'>;

/** Title marks anywhere (《〈核材料实物保护公约〉修正案》, 《核材料实物保护公约》修正案) and quotation marks around a name do not change which name it is. */
const TITLE_MARKS = /[《》〈〉]/g;
const QUOTES_AROUND = /^["“「『]+|["”」』]+$/g;

/** Normalized text as compared with the forms of names. */
export function nameKey(normalized: string): string {
  return normalized.replace(TITLE_MARKS, '').replace(QUOTES_AROUND, '');
}

/** A query as compared with the forms of names. */
export function normalizeNameQuery(query: string): string {
  return nameKey(normalizeForSearch(query));
}

/** The names a normalized term is (usually none). */
export function namesOfTerm<Name extends Pick<NameOfQuery, 'forms'>>(
  names: readonly Name[],
  normalized: string,
): Name[] {
  const asked = nameKey(normalized);
  return asked ? names.filter((name) => name.forms.includes(asked)) : [];
}

/** The names a query is, taken whole. */
export function namesOfQuery<Name extends Pick<NameOfQuery, 'forms'>>(names: readonly Name[], query: string): Name[] {
  return namesOfTerm(names, normalizeForSearch(query));
}
