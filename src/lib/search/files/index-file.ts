// The search's own index file (search/index.json.gz), loaded first by the search page: where
// Pagefind put each word (its chunk table), what each reply is for the filters, and which
// records are the reports' own text, and which words the reports write in more than one way. Records are in corpus order: Pagefind's page n is record n
// (scripts/index-search.ts checks it), the replies first, then the reports' texts.
import type { ChunkEntry } from '../pagefind/meta-file.ts';
import type { ReplyFacets } from '../filters/reply-facets.ts';
import type { NameForms } from '../../vocabulary/name-forms.ts';

export interface SearchIndexFile {
  /** The Pagefind version that wrote the word chunks; the page reads 1.6's format. */
  pagefind: string;
  /** Pagefind's chunk table: which pagefind/index/<hash>.pf_index holds which words. */
  chunks: ChunkEntry[];
  /** The replies, records 0 to n − 1. */
  replies: ReplyFacets;
  /** The reports' own texts, records n, n + 1, …: each card's id, report and year. */
  reportTexts: { id: string; report: string; year: string }[];
  /** The forms of every name a query can be (an instrument, a resolution, a state, an organization): enough to read a query. */
  names: NameForms[];
  /** The forms of each group of variants (content/data/variants.tsv), normalized; search/variants/<group>.json.gz has their replies. */
  variants: string[][];
}

/** The Pagefind version whose files the page reads. */
export const PAGEFIND_FORMAT = '1.6.0';
