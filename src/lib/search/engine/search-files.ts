// What the engine reads, as the page (or a test) provides it: the files the build writes
// (scripts/index-search.ts), each loaded once, on first use.
import type { ReplyCard, ReportTextCard } from '../files/cards.ts';
import type { SearchFacetsFile, SearchLookups } from '../files/index-file.ts';
import type { LoadSimplify } from '../traditional/to-simplified.ts';
import type { NameFile, VariantFile } from '../files/written-places.ts';
import type { FilterList } from '../filters/filter-groups.ts';

export interface SearchFiles {
  /** search/lookups.json.gz (inline in the search page): the chunk table, the names, the variants. */
  lookups(): Promise<SearchLookups>;
  /** search/index.json.gz: the replies' facets, the reports' texts. */
  index(): Promise<SearchFacetsFile>;
  /** pagefind/index/<hash>.pf_index: a word chunk, after gunzip and Pagefind's signature. */
  chunk(hash: string): Promise<Uint8Array>;
  /** search/cards/<id>.json.gz */
  card(id: string): Promise<ReplyCard>;
  reportCard(id: string): Promise<ReportTextCard>;
  /** search/names/<place>.json.gz: a name with its labels, page, marks and count and where the text holds its forms, by its place in the index file's names. */
  name(place: number): Promise<NameFile>;
  /** search/filters.json.gz: the filter lists the page shows, in order, each value labelled. */
  filters(): Promise<FilterList[]>;
  /** search/variants/<group>.json.gz: where the text holds each form of a group of variants. */
  variants(group: number): Promise<VariantFile>;
  /** The converter for traditional characters, loaded only for a query that has one. */
  simplify?: LoadSimplify;
}
