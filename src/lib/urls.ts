// The site's URL scheme and the ids its anchors are made of: the one place that knows them.
// Papers cite these paths and anchors, so none changes once published. Paths are without the
// site's base path (site/base-url.ts adds it); each is built from data, never parsed back.
import type { BlockType, Report, RespondentEntry } from './schema.ts';

type RespondentRef = Pick<RespondentEntry, 'id' | 'kind'>;
type ReportRef = Pick<Report, 'slug'>;

export const KIND_FOLDER = { state: 'states', organization: 'organizations' } as const;

/** Pages and files that are one of a kind. */
export const PATHS = {
  home: '/',
  search: '/search/',
  resolutions: '/resolutions/',
  instruments: '/instruments/',
  matrix: '/instruments/matrix/',
  /** Respondents × the measures they report (this site's coding). */
  measures: '/measures/',
  /** The codebook of the measures, how the replies were coded and how far two coders agreed. */
  measuresMethod: '/measures/method/',
  measuresCsv: '/data/measures.csv',
  measuresMatrixCsv: '/data/measures-matrix.csv',
  /** The two codings, the coders' codebook and notes, the adjudication: /data/measures-coding/{file}. */
  measuresCoding: '/data/measures-coding/',
  corpusJson: '/data/corpus.json',
  corpusSchema: '/data/corpus.schema.json',
  replySchema: '/data/reply.schema.json',
  paragraphsCsv: '/data/paragraphs.csv',
  /** The Frictionless Data Package of the CSV files. */
  dataPackage: '/data/datapackage.json',
  sitemap: '/sitemap.xml',
  favicon: '/favicon.png',
  /** The world map's background, one cached file. */
  mapLand: '/map/land.svg',
  /** Every report, newest first. */
  reports: '/reports/',
  /** The search's index file: each reply's facets, the reports' texts (src/lib/search/files/index-file.ts). */
  searchIndex: '/search/index.json.gz',
  /** What a query needs before its first lookup: Pagefind's chunk table, the names, the variants; also inline in the search page. */
  searchLookups: '/search/lookups.json.gz',
  /** The filter lists the search page shows, in order, each value labelled (write-search-index.ts): loaded after the first results. */
  searchFilters: '/search/filters.json.gz',
} as const;

// Ids: anchors on pages, and the names of entry files.

/** A/73/112 → a-73-112. */
export function reportSlug(symbol: string): string {
  return symbol.toLowerCase().replace(/\//g, '-');
}

/** a-73-112-cuba: one reply; also its entry file's name. */
export function submissionId(report: ReportRef, respondentId: string): string {
  return `${report.slug}-${respondentId}`;
}

/** a-73-112-p3 (paragraphs and items, counted together), a-73-112-h1 (sub-headings, apart). */
export function blockId(report: ReportRef, type: BlockType, number: number): string {
  return `${report.slug}-${type === 'heading' ? 'h' : 'p'}${number}`;
}

/** intro-p2: paragraph 2 of a report's introduction, as the report numbers it. */
export function introBlockId(number: number): string {
  return `intro-p${number}`;
}

const CHINESE_DIGITS = '一二三四五六七八九';

/** 二 → 2, 十二 → 12: a section number as a report prints it (up to 99). */
function chineseNumeral(numeral: string): number {
  const [tens, ones] = numeral.includes('十') ? numeral.split('十') : ['', numeral];
  const digit = (text: string | undefined) => (text ? CHINESE_DIGITS.indexOf(text) + 1 : 0);
  return (numeral.includes('十') ? Math.max(1, digit(tens)) * 10 : 0) + digit(ones);
}

/** section-2, section-2-a: a section (or sub-section) heading of a report's contents, by its printed number and letter. */
export function sectionId(number: string, letter?: string): string {
  return `section-${chineseNumeral(number)}${letter ? `-${letter.toLowerCase()}` : ''}`;
}

/** a-66-115-fn1: footnote 1 of a reply, in the order of their marks. */
export function footnoteId(report: ReportRef, number: number): string {
  return `${report.slug}-fn${number}`;
}

/** ref-a-66-115-fn1: where a footnote's mark stands, for the footnote's link back. */
export function footnoteMarkId(footnote: string): string {
  return `ref-${footnote}`;
}

/** cmp-a-73-112-p3: a block in its column of the compare page. */
export function compareBlockId(block: string): string {
  return `cmp-${block}`;
}

/** a-73-112: the reply to that report, on its respondent's page. */
export function replyAnchor(report: ReportRef): string {
  return report.slug;
}

/** "/states/cuba/a-73-112/" + "a-73-112-p3" → "/states/cuba/a-73-112/#a-73-112-p3". */
export function withAnchor(path: string, anchor: string): string {
  return `${path}#${anchor}`;
}

// Pages.

/** /states/, /organizations/ */
export function kindIndexPath(kind: RespondentEntry['kind']): string {
  return `/${KIND_FOLDER[kind]}/`;
}

/** /states/cuba/, /organizations/interpol/: every reply of one respondent. */
export function respondentPath(respondent: RespondentRef): string {
  return `${kindIndexPath(respondent.kind)}${respondent.id}/`;
}

/** /states/cuba/a-73-112/: one reply on a page of its own, the target for citations. */
export function replyPath(respondent: RespondentRef, report: ReportRef): string {
  return `${respondentPath(respondent)}${report.slug}/`;
}

/** /states/cuba/#a-73-112: the reply on its respondent's page (a submission's `url`). */
export function replyOnRespondentPath(respondent: RespondentRef, report: ReportRef): string {
  return withAnchor(respondentPath(respondent), replyAnchor(report));
}

/** /states/el-salvador/compare/: the replies of one respondent side by side. */
export function comparePath(respondent: RespondentRef): string {
  return `${respondentPath(respondent)}compare/`;
}

/** /reports/a-73-112/ */
export function reportPath(report: ReportRef): string {
  return `/reports/${report.slug}/`;
}

/** /about/: an editorial page of content/pages/. */
export function editorialPath(id: string): string {
  return `/${id}/`;
}

/** S/RES/1540(2004) → s-res-1540-2004; A/RES/72/42 → a-res-72-42. */
export function resolutionSlug(symbol: string): string {
  return symbol
    .toLowerCase()
    .replace(/[/()]+/g, '-')
    .replace(/-+$/, '');
}

/** /resolutions/s-res-1540-2004/ */
export function resolutionPath(symbol: string): string {
  return `/resolutions/${resolutionSlug(symbol)}/`;
}

/** /measures/trade-controls/: every sentence coded with one measure; /measures/trade-controls/nuclear/ narrowed to a domain. */
export function measurePath(measure: string, domain?: string): string {
  return `/measures/${measure}/${domain ? `${domain}/` : ''}`;
}

/** /measures/trade-controls/a-66-115/: one report's sentences, where the measure's page only lists that report. */
export function measureReportPath(measure: string, report: ReportRef): string {
  return `/measures/${measure}/${report.slug}/`;
}

/** /instruments/cwc/ */
export function instrumentPath(id: string): string {
  return `/instruments/${id}/`;
}

/** /resolutions/s-res-1540-2004/a-66-115/: one report's replies that cite a resolution, where its page only lists them. */
export function resolutionReportPath(symbol: string, report: ReportRef): string {
  return `${resolutionPath(symbol)}${report.slug}/`;
}

/** /instruments/cwc/a-66-115/: one report's replies that name an instrument, where its page only lists them. */
export function instrumentReportPath(id: string, report: ReportRef): string {
  return `${instrumentPath(id)}${report.slug}/`;
}

/** /data/replies/a-73-112-cuba.json: one reply as data, with its respondent and its report's metadata. */
export function replyDataPath(submission: string): string {
  return `/data/replies/${submission}.json`;
}

/** /cite/a-73-112-cuba/a-73-112-p3/: the citations of one paragraph. */
export function paragraphCitePath(submission: string, block: string): string {
  return `/cite/${submission}/${block}/`;
}

/** /cite/a-73-112-cuba.bib for a reply, /cite/a-73-112-cuba/a-73-112-p3.bib for a paragraph. */
export function citationFilePath(
  submission: string,
  block: string | undefined,
  extension: 'bib' | 'ris' | 'json',
): string {
  return block ? `/cite/${submission}/${block}.${extension}` : `/cite/${submission}.${extension}`;
}

/** Selected filter values by filter name, as a search URL carries them. */
export type FilterSelection = Record<string, string[]>;

/** "?q=…&report=A/73/112": a search's query string (the search page pushes it to history). */
export function searchQueryString(query: string, selection: FilterSelection = {}): string {
  const params = new URLSearchParams({ q: query });
  for (const [name, values] of Object.entries(selection)) for (const value of values) params.append(name, value);
  // "/" needs no escaping in a query string, and A/73/112 reads better than A%2F73%2F112.
  return `?${params.toString().replace(/%2F/gi, '/')}`;
}

/** /search/?q=1540&resolution=S/RES/1540(2004) */
export function searchPath(query: string, selection: FilterSelection = {}): string {
  return `${PATHS.search}${searchQueryString(query, selection)}`;
}

/**
 * search/cards/a-73-112-cuba.json.gz: the card of a search result, named after its reply (or,
 * for a report's own text, its report: a-73-112). Relative: it is also a path in the built folder.
 */
export function cardPath(id: string): string {
  return `search/cards/${id}.json.gz`;
}

/** search/variants/3.json.gz: the replies that hold each form of one group of variants (content/data/variants.tsv), by its place in the file. */
export function variantPlacesPath(group: number): string {
  return `search/variants/${group}.json.gz`;
}

/**
 * search/names/12.json.gz: one name a query can be, with its labels, page, marks and count, by
 * its place in the index file's names: a query that is a name loads that name's file only.
 */
export function searchNamePath(place: number): string {
  return `search/names/${place}.json.gz`;
}

/** pagefind/index/zh_83355e6.pf_index: one of Pagefind's word chunks, by its hash. */
export function pagefindChunkPath(hash: string): string {
  return `pagefind/index/${hash}.pf_index`;
}

/** The official document on undocs.org: the Chinese text by default. */
export function officialDocumentUrl(symbol: string, language: 'zh' | 'en' = 'zh'): string {
  return language === 'zh' ? `https://undocs.org/zh/${symbol}` : `https://undocs.org/${symbol}`;
}
