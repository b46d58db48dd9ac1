// Traditional characters in a query → the simplified text the site has: 化學武器公約 finds
// 化学武器公约, 國際刑警組織 finds 国际刑警组织. The converter (simplify.ts: opencc-js, 26 KB
// gzipped) is downloaded only for a term with a character that simplified Chinese never
// uses; which characters those are, traditional-characters.ts says without the converter,
// in 2.4 KB gzipped with its decoder. A query in simplified characters loads nothing.
import { normalizeForSearch } from '../text/normalize.ts';
import type { ParsedQuery, QueryTerm } from '../query/terms.ts';
import { isTraditionalCharacter } from './traditional-characters.ts';

/** Normalized text → the same in simplified characters. */
export type Simplify = (normalized: string) => string;
export type LoadSimplify = () => Promise<Simplify>;

/** opencc-js on first use: a dynamic import, so the bundler gives it a file of its own. */
export const loadSimplify: LoadSimplify = async () => (await import('./simplify.ts')).simplify;

/** Whether normalized text has a character that simplified Chinese never uses. */
export function hasTraditionalCharacters(normalized: string): boolean {
  for (const character of normalized) if (isTraditionalCharacter(character)) return true;
  return false;
}

/** Normalized text in simplified characters; `load` is called only if the text has a traditional character. */
export async function toSimplified(normalized: string, load: LoadSimplify = loadSimplify): Promise<string> {
  if (!hasTraditionalCharacters(normalized)) return normalized;
  return normalizeForSearch((await load())(normalized));
}

/**
 * The query with each term that has traditional characters looking for its simplified
 * form instead: the term keeps its text as typed and gets a converted `normalized`.
 * The query itself when no term has any, so the page can tell that nothing changed.
 */
export async function simplifyQuery(query: ParsedQuery, load: LoadSimplify = loadSimplify): Promise<ParsedQuery> {
  const needs = (term: QueryTerm) => hasTraditionalCharacters(term.normalized);
  if (![...query.clauses.flat(), ...query.excluded].some(needs)) return query;
  const simplify = await load();
  const convert = (term: QueryTerm): QueryTerm =>
    needs(term) ? { ...term, normalized: normalizeForSearch(simplify(term.normalized)) } : term;
  return {
    ...query,
    clauses: query.clauses.map((clause) => clause.map(convert)),
    excluded: query.excluded.map(convert),
  };
}
