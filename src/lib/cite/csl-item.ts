// The CSL-JSON item every citation format starts from. What is cited is one
// respondent's reply inside a Secretary-General report (or one paragraph of
// it): the respondent is its institutional author, the report its container.
// All six outputs (three styles, BibTeX, RIS, CSL-JSON) come from this item,
// so a fact fixed here is fixed everywhere.

/** The facts a citation needs; the corpus has them all (Report, Respondent, Submission). */
export interface CitationSource {
  report: {
    /** Document symbol: "A/73/112". */
    symbol: string;
    /** Year of the report. */
    year: number;
    /** Chinese title as printed. */
    title: string;
    /** The official Chinese document. */
    officialUrl: string;
  };
  respondent: { name: { zh: string; en: string } };
  submission: {
    /** Corpus id: "a-73-112-cuba". */
    id: string;
    /** Date the reply was received, YYYY-MM-DD. */
    received: string;
  };
  /** Present when one paragraph is cited. */
  paragraph?: {
    /** The paragraph number a reader sees beside the text. */
    number: number;
  };
  /** Absolute URL of the reply page or the paragraph's citation page. */
  permalink: string;
  /** Date the permalink was checked, YYYY-MM-DD. */
  accessed: string;
}

/** zh: Chinese names and titles, for GB/T 7714; en: English ones, for Chicago and APA. */
export type CitationLanguage = 'zh' | 'en';

type CslDate = { 'date-parts': [[number, number?, number?]] };

/** The CSL-JSON fields we fill (CSL-JSON 1.0). */
export interface CslItem {
  id: string;
  'citation-key': string;
  type: 'report';
  /** One institutional author: CSL "literal" names are never split or inverted. */
  author: [{ literal: string }];
  title: string;
  'container-title': string;
  /**
   * The report again, as a series: BibTeX (series), RIS (T2) and Zotero's
   * report type have no container field. The styles print container-title.
   */
  'collection-title': string;
  /** The report symbol: report numbers are CSL "number". */
  number: string;
  publisher: string;
  'publisher-place': string;
  issued: CslDate;
  /** When the reply reached the Secretariat. */
  submitted: CslDate;
  accessed: CslDate;
  /** For a paragraph: "第3段" / "para. 3". Reference managers and GB/T 7714 put it where a page would go. */
  page?: string;
  URL: string;
  /** Points to the official document, which the permalink only reproduces. */
  note: string;
  language: string;
}

/** A CSL item together with the paragraph it pinpoints, for styles that cite a locator in the text. */
export interface CitationItem {
  csl: CslItem;
  /** The paragraph number, as a CSL locator with label "paragraph". */
  paragraph?: number;
}

/** Both reports carry this title; the corpus records only the Chinese one. */
export const REPORT_TITLE_EN =
  'Measures to prevent terrorists from acquiring weapons of mass destruction: Report of the Secretary-General';

const WORDS = {
  zh: {
    replyTitle: (respondent: string) => `${respondent}的答复`,
    paragraph: (number: number) => `第${number}段`,
    officialDocument: (url: string) => `正式文件：${url}`,
    publisher: '联合国',
    place: '纽约',
    // citeproc-js and GB/T 7714 styles switch their punctuation on "zh".
    language: 'zh-CN',
  },
  en: {
    replyTitle: (respondent: string) => `Reply of ${respondent}`,
    paragraph: (number: number) => `para. ${number}`,
    officialDocument: (url: string) => `Official document: ${url}`,
    publisher: 'United Nations',
    place: 'New York',
    // The names are English, but the text cited is Chinese.
    language: 'zh',
  },
} as const;

/** "2018-04-05" → CSL date parts. */
function isoDateToCsl(date: string): CslDate {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new Error(`expected a date like "2018-04-05", got "${date}"`);
  return { 'date-parts': [[Number(match[1]), Number(match[2]), Number(match[3])]] };
}

/**
 * Line breaks and tabs would end a RIS line and start a forged tag, and mean
 * nothing in a name or title, so every text field is one line.
 */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** "a-73-112-cuba" for a reply, "a-73-112-cuba-p3" for its third paragraph: the BibTeX key too. */
export function citationKey(source: Pick<CitationSource, 'submission' | 'paragraph'>): string {
  return source.paragraph ? `${source.submission.id}-p${source.paragraph.number}` : source.submission.id;
}

export function buildCitationItem(source: CitationSource, language: CitationLanguage): CitationItem {
  const words = WORDS[language];
  const respondent = oneLine(source.respondent.name[language]);
  const key = citationKey(source);
  const reportTitle = oneLine(language === 'zh' ? source.report.title : REPORT_TITLE_EN);
  const csl: CslItem = {
    id: key,
    'citation-key': key,
    type: 'report',
    author: [{ literal: respondent }],
    title: words.replyTitle(respondent),
    'container-title': reportTitle,
    'collection-title': reportTitle,
    number: oneLine(source.report.symbol),
    publisher: words.publisher,
    'publisher-place': words.place,
    issued: { 'date-parts': [[source.report.year]] },
    submitted: isoDateToCsl(source.submission.received),
    accessed: isoDateToCsl(source.accessed),
    ...(source.paragraph ? { page: words.paragraph(source.paragraph.number) } : {}),
    URL: oneLine(source.permalink),
    note: words.officialDocument(oneLine(source.report.officialUrl)),
    language: words.language,
  };
  return { csl, ...(source.paragraph ? { paragraph: source.paragraph.number } : {}) };
}
