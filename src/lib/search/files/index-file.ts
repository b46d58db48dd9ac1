// The search's index, in two parts the build writes. What a query needs before its first lookup
// (search/lookups.json.gz, and inline in the search page, so that the page starts its lookups as
// soon as its script runs): where Pagefind put each word (its chunk table), the names a query can
// be, and which words the reports write in more than one way. And what its results need
// (search/index.json.gz, preloaded by the search page): what each reply is for the filters, and
// which records are the reports' own text. Records are in corpus order: Pagefind's page n is
// record n (scripts/index-search.ts checks it), the replies first, then the reports' texts.
import type { ChunkEntry } from '../pagefind/meta-file.ts';
import type { ReplyFacets } from '../filters/reply-facets.ts';
import type { NameForms } from '../../vocabulary/name-forms.ts';

export interface SearchLookups {
  /** The Pagefind version that wrote the word chunks; the page reads 1.6's format. */
  pagefind: string;
  /** Pagefind's chunk table: which pagefind/index/<hash>.pf_index holds which words. */
  chunks: ChunkEntry[];
  /** The forms of every name a query can be (an instrument, a resolution, a state, an organization): enough to read a query. */
  names: NameForms[];
  /** The forms of each group of variants (content/data/variants.tsv), normalized; search/variants/<group>.json.gz has their replies. */
  variants: string[][];
}

export interface SearchFacetsFile {
  /** The replies, records 0 to n − 1. */
  replies: ReplyFacets;
  /** The reports' own texts, records n, n + 1, …: each card's id, report and year. */
  reportTexts: { id: string; report: string; year: string }[];
}

/** The whole index, as the engine reads it once both parts are in. */
export type SearchIndexFile = SearchLookups & SearchFacetsFile;

/** The Pagefind version whose files the page reads. */
export const PAGEFIND_FORMAT = '1.6.0';

/** The element of the search page that holds its lookups (search/lookups.json.gz) as JSON. */
export const INLINE_LOOKUPS_ID = 'search-lookups';
