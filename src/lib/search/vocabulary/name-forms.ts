// Which names a query is, on the search page: the part of build/search-names.ts the browser needs.
import { normalizeForSearch } from '../text/normalize.ts';

/** A name as the search page knows it (build/search-names.ts builds these into the page). */
export interface NameOfQuery {
  /** Also the Pagefind filter whose value `value` every reply naming it carries. */
  kind: 'instrument' | 'resolution' | 'state' | 'organization';
  value: string;
  label: { zh: string; en: string };
  /** Its page on the site, without the base path. */
  page: string;
  /** Queries, as normalizeNameQuery leaves them, that are this name. */
  forms: string[];
  /** Normalized text, any of which shows that a reply names it; marked in excerpts. */
  marks: string[];
  /** Replies that name it, in the whole corpus. */
  count: number;
}

/** What the search page carries of each name, to tell which names a query is; the rest loads when one is. */
export type NameForms = Pick<NameOfQuery, 'kind' | 'value' | 'forms'>;

/** The names of a list that are those of another (the same kind and value), in the order asked. */
export function sameNames<Name extends Pick<NameOfQuery, 'kind' | 'value'>>(
  names: readonly Name[],
  asked: readonly Pick<NameOfQuery, 'kind' | 'value'>[],
): Name[] {
  return asked.flatMap((one) => names.filter((name) => name.kind === one.kind && name.value === one.value));
}

/** Title marks and quotation marks around a name do not change which name it is. */
const AROUND_A_NAME = /^[《〈"“「『]+|[》〉"”」』]+$/g;

/** A query as compared with the forms of names: normalized, without title marks or quotation marks around it. */
export function normalizeNameQuery(query: string): string {
  return normalizeForSearch(query).replace(AROUND_A_NAME, '');
}

/** The names a normalized term is (usually none; one form can belong to more than one name). */
export function namesOfTerm<Name extends Pick<NameOfQuery, 'forms'>>(
  names: readonly Name[],
  normalized: string,
): Name[] {
  const asked = normalized.replace(AROUND_A_NAME, '');
  return asked ? names.filter((name) => name.forms.includes(asked)) : [];
}

/** The names a query is, taken whole. */
export function namesOfQuery<Name extends Pick<NameOfQuery, 'forms'>>(names: readonly Name[], query: string): Name[] {
  return namesOfTerm(names, normalizeForSearch(query));
}
