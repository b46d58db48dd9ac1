// The CSL-JSON item of the downloads (BibTeX, RIS, CSL-JSON) and, in the same
// words, of the Highwire tags Zotero reads: one reference-manager item per
// reply or paragraph, a report with its number. The formatted styles shape
// their own items from the same facts (format-citation.ts).
import type { CitationSource } from './citation-source.ts';
import { describeCitedWork, oneLine } from './cited-work.ts';

type CslDate = { 'date-parts': [[number, number?, number?]] };

/** The CSL-JSON fields we fill (CSL-JSON 1.0). */
export interface CslItem {
  id: string;
  'citation-key': string;
  /** Zotero's and BibTeX's report type keeps the report number. */
  type: 'report';
  /** One institutional author: CSL "literal" names are never split or inverted. */
  author: [{ literal: string }];
  /** The one title of the item, the same in Highwire, BibTeX, RIS and CSL-JSON (see itemTitle). */
  title: string;
  /** The report symbol: report numbers are CSL "number". */
  number: string;
  publisher: string;
  'publisher-place': string;
  issued: CslDate;
  /** When the reply reached the Secretariat. */
  submitted: CslDate;
  accessed: CslDate;
  /** The report's printed page, only where proven: the one locator that is truly the report's page. */
  page?: string;
  URL: string;
  /** The locator in words, the flags, and the official document, which the permalink only reproduces. */
  note: string;
  language: string;
}

/** Both reports carry this title; the corpus records only the Chinese one. Sentence case: Chicago title-cases it. */
export const REPORT_TITLE_EN =
  'Measures to prevent terrorists from acquiring weapons of mass destruction: Report of the Secretary-General';

/** The report's publisher and its seat, as the official document names them. */
export const PUBLISHER = {
  zh: { name: '联合国', place: '纽约' },
  en: { name: 'United Nations', place: 'New York' },
} as const;

/** "2018-04-05" → CSL date parts. */
export function isoDateToCsl(date: string): CslDate {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new Error(`expected a date like "2018-04-05", got "${date}"`);
  return { 'date-parts': [[Number(match[1]), Number(match[2]), Number(match[3])]] };
}

/** "a-73-112-cuba" for a reply, "a-73-112-cuba-p3" for its third paragraph: the BibTeX key too. */
export function citationKey(source: Pick<CitationSource, 'submission' | 'paragraph'>): string {
  return source.paragraph ? `${source.submission.id}-p${source.paragraph.number}` : source.submission.id;
}

/**
 * "古巴的答复：防止…的措施", with "，古巴答复第5段（本站编号）" for a paragraph.
 * The report's title is in it because Zotero's report item has no field for a
 * host document; the locator is in it because Highwire has no field for one,
 * and it must not go where the report's pages go.
 */
export function itemTitle(source: CitationSource): string {
  const work = describeCitedWork(source, 'zh');
  const title = `${work.title}：${oneLine(source.report.title)}`;
  return work.locator === undefined ? title : `${title}，${work.locator}`;
}

/** "古巴答复第5段（本站编号）。联合国正式文件：https://undocs.org/zh/A/73/112" */
export function itemNote(source: CitationSource): string {
  const work = describeCitedWork(source, 'zh');
  const official = `联合国正式文件：${oneLine(source.report.officialUrl)}`;
  return [work.locator, ...work.flagNotes, official].filter((part) => part !== undefined).join('。');
}

/** The Chinese item of the downloads: the text cited is Chinese, and so are its names. */
export function buildCitationItem(source: CitationSource): CslItem {
  const key = citationKey(source);
  const page = source.paragraph?.page;
  return {
    id: key,
    'citation-key': key,
    type: 'report',
    author: [{ literal: describeCitedWork(source, 'zh').author }],
    title: itemTitle(source),
    number: oneLine(source.report.symbol),
    publisher: PUBLISHER.zh.name,
    'publisher-place': PUBLISHER.zh.place,
    issued: { 'date-parts': [[source.report.year]] },
    submitted: isoDateToCsl(source.submission.received),
    accessed: isoDateToCsl(source.accessed),
    ...(page === undefined ? {} : { page: String(page) }),
    URL: oneLine(source.permalink),
    note: itemNote(source),
    // citeproc-js and GB/T 7714 styles switch their punctuation on "zh".
    language: 'zh-CN',
  };
}
