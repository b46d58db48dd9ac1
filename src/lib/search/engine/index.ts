// The search as the page's scripts use it: the one module of src/lib/search they import.
export { SearchEngine, ORDERED_BY_PROXIMITY, type SearchRun } from './search-engine.ts';
export type { SearchFiles } from './search-files.ts';
export type { NameFile, VariantFile } from '../files/written-places.ts';
export { positiveNeedles, type Outcome, type QuoteSource } from './outcome.ts';
export { showPage, hitsOf, type ShownResult, type TermInReply } from './shown-results.ts';
export { buildExcerpt, findHitsOfAny, type UnitHit } from './excerpt.ts';
export { otherForms, offers, nearestToQuote, type Offer, type OfferKind, type OtherForm } from './notes.ts';
export type { NearParagraph } from './nearest-paragraphs.ts';
export { joinCitationFiles, resultSetCsv, type CitationFormat } from './result-set.ts';
export { readSearchParams, type FilterList, type FilterSelection } from '../filters/filter-groups.ts';
export type { FilterCounts } from '../filters/filter-counts.ts';
export type { ReplyCard, ReportTextCard } from '../files/cards.ts';
export type { SearchIndexFile } from '../files/index-file.ts';
export type { SearchUnit } from '../text/search-units.ts';
export { normalizeForSearch } from '../text/normalize.ts';
export type { QueryHint } from '../query/terms.ts';
export { QUOTE_MIN_LENGTH } from '../query/read-quote.ts';
export type { NameForms, NameOfQuery } from '../../vocabulary/name-forms.ts';
