// Which names a query is, on the search page: the part of names.ts the browser needs.
import { normalizeForSearch } from './normalize.ts';

/** A name as the search page knows it (names.ts builds these into the page). */
export interface NameOfQuery {
  /** Also the Pagefind filter whose value `value` every reply naming it carries. */
  kind: 'instrument' | 'resolution' | 'organization';
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

/** A query as compared with the forms of names: normalized, without title marks or quotation marks around it. */
export function normalizeNameQuery(query: string): string {
  return normalizeForSearch(query).replace(/^[《〈"“「『]+|[》〉"”」』]+$/g, '');
}

/** The names a query is (usually none; one form can belong to more than one name). */
export function namesOfQuery<Name extends Pick<NameOfQuery, 'forms'>>(names: readonly Name[], query: string): Name[] {
  const asked = normalizeNameQuery(query);
  return asked ? names.filter((name) => name.forms.includes(asked)) : [];
}
