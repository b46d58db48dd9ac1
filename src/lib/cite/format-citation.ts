// Formatted citations, as plain text: the reference-list entry in each style,
// and for author-date styles the in-text citation that carries the paragraph.
// A reply is a part of the Secretary-General's report, so each style gets the
// item type its rules have for a part of a larger work, built from the same
// words (cited-work.ts).
import { describeCitedWork, inTextLocator, oneLine, SECRETARY_GENERAL } from './cited-work.ts';
import { citationKey, isoDateToCsl, PUBLISHER, REPORT_TITLE_EN } from './csl-item.ts';
import type { CitationSource } from './citation-source.ts';
import { CITATION_STYLES, registerCslStyles, type CitationStyle } from './csl-styles.ts';
import { citationJs } from './setup-citation-js.ts';

type StyleItem = Record<string, unknown> & { id: string };

/**
 * GB/T 7714-2015 §4.2, 专著中的析出文献:
 * 析出文献主要责任者. 析出文献题名[R/OL]//专著主要责任者. 专著题名: 其他题名信息. 出版地: 出版者, 出版年: 页码[引用日期]. URL.
 * The style prints "//" with container-author and container-title; the report's
 * number is the host's 其他题名信息 (the standard's report examples print the
 * number after the title: "…: PB 91-194001[R]"); the locator stands where a part's pages go, worded so that it cannot
 * be read as the report's own paragraph or page.
 */
function gbtItem(source: CitationSource): StyleItem {
  const work = describeCitedWork(source, 'zh');
  return {
    id: citationKey(source),
    type: 'report',
    author: [{ literal: work.author }],
    title: work.title,
    'container-author': [{ literal: SECRETARY_GENERAL.zh }],
    'container-title': `${oneLine(source.report.title)}: ${oneLine(source.report.symbol)}`,
    publisher: PUBLISHER.zh.name,
    'publisher-place': PUBLISHER.zh.place,
    issued: { 'date-parts': [[source.report.year]] },
    accessed: isoDateToCsl(source.accessed),
    ...(work.locator === undefined ? {} : { page: work.locator }),
    URL: oneLine(source.permalink),
    language: 'zh-CN',
  };
}

/**
 * Chicago: a chapter "In" a book "by" its own author (Chicago's form for a
 * part by one author in a work by another), the symbol where a series and
 * number go. English item language, so that citeproc-js gives titles headline case.
 */
function chicagoItem(source: CitationSource): StyleItem {
  const work = describeCitedWork(source, 'en');
  return {
    id: citationKey(source),
    type: 'chapter',
    author: [{ literal: work.author }],
    title: work.title,
    'container-author': [{ literal: SECRETARY_GENERAL.en }],
    'container-title': REPORT_TITLE_EN,
    'collection-title': oneLine(source.report.symbol),
    publisher: PUBLISHER.en.name,
    'publisher-place': PUBLISHER.en.place,
    issued: { 'date-parts': [[source.report.year]] },
    URL: oneLine(source.permalink),
    language: 'en',
  };
}

/** APA 7: a report with its number, "In" its author's report; titles in sentence case as given. */
function apaItem(source: CitationSource): StyleItem {
  const { 'collection-title': symbol, ...chicago } = chicagoItem(source);
  return { ...chicago, type: 'report', number: symbol };
}

const STYLE_ITEMS: Record<CitationStyle, (source: CitationSource) => StyleItem> = {
  'gb-t-7714': gbtItem,
  chicago: chicagoItem,
  apa: apaItem,
};

/**
 * The official document beside the permalink, which only reproduces it, in
 * each style's punctuation: APA ends no URL with a period, so its note is bracketed.
 */
function withOfficialDocument(text: string, style: CitationStyle, officialUrl: string): string {
  const url = oneLine(officialUrl);
  if (style === 'gb-t-7714') return `${text} 联合国正式文件: ${url}.`;
  return style === 'apa' ? `${text} (Official document: ${url})` : `${text} Official document: ${url}.`;
}

/** Reference-list entry for one source, as plain text without a trailing newline. */
export function formatCitation(source: CitationSource, style: CitationStyle): string {
  registerCslStyles();
  const { template, locale } = CITATION_STYLES[style];
  const text = citationJs().output.format('bibliography', [STYLE_ITEMS[style](source)], {
    template,
    lang: locale,
    format: 'text',
  });
  // A numeric style numbers its list: "[1] 古巴. …"; a list of one needs no number.
  const entry = String(text)
    .trim()
    .replace(/^\[1\]\s*/, '');
  return withOfficialDocument(entry, style, source.report.officialUrl);
}

/** "(Cuba 2018, para. 5 [numbered on this site])", "(Cuba, 2018, para. 5 [numbered on this site])". */
export function formatInTextCitation(source: CitationSource, style: Exclude<CitationStyle, 'gb-t-7714'>): string {
  registerCslStyles();
  const { template, locale } = CITATION_STYLES[style];
  const item = STYLE_ITEMS[style](source);
  const text = citationJs().output.format('citation', [item], {
    template,
    lang: locale,
    format: 'text',
    entry: [{ id: item.id, ...inTextLocator(source) }],
  });
  return String(text).trim();
}
