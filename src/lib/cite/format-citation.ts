// Formatted citations, as plain text: the reference-list entry in each style,
// and for author-date styles the in-text citation that carries the paragraph.
import type { CitationItem, CslItem } from './csl-item.ts';
import { CITATION_STYLES, registerCslStyles, type CitationStyle } from './csl-styles.ts';
import { citationJs } from './setup-citation-js.ts';

/**
 * The styles print the report as container-title; given again as
 * collection-title, Chicago and APA would print it twice. Chicago and APA put
 * a paragraph in the in-text citation, never in the reference entry; given as
 * "page" they would print "p. 第3段". GB/T 7714 does print it in the entry,
 * where a page would go ("2018: 第3段").
 */
function itemForStyle(
  item: CitationItem,
  style: CitationStyle,
): Omit<CslItem, 'collection-title' | 'container-title'> & { 'container-title'?: string } {
  const { 'collection-title': _series, page, ...rest } = item.csl;
  if (style !== 'gb-t-7714') return rest;
  // GB/T 7714 for a report: 责任者. 题名: 其他题名信息[R/OL]. 出版地: 出版者, 年: 页码[引用日期]. URL.
  // The report's title is the 题名 and the reply its 其他题名信息, not a part "//" of a container.
  const { 'container-title': reportTitle, title, ...withoutContainer } = rest;
  return { ...withoutContainer, title: `${reportTitle}: ${title}`, ...(page !== undefined ? { page } : {}) };
}

/** Reference-list entry for one item, as plain text without a trailing newline. */
export function formatCitation(
  item: CitationItem,
  style: CitationStyle,
  lang: string = CITATION_STYLES[style].locale,
): string {
  registerCslStyles();
  const { template } = CITATION_STYLES[style];
  const text = citationJs().output.format('bibliography', [itemForStyle(item, style)], {
    template,
    lang,
    format: 'text',
  });
  // A numeric style numbers its list: "[1] 古巴. …"; a list of one needs no number.
  return String(text)
    .trim()
    .replace(/^\[1\]\s*/, '');
}

/** "(Cuba 2018, para. 3)", "(Cuba, 2018, para. 3)": what goes in the running text. */
export function formatInTextCitation(
  item: CitationItem,
  style: Exclude<CitationStyle, 'gb-t-7714'>,
  lang: string = CITATION_STYLES[style].locale,
): string {
  registerCslStyles();
  const { template } = CITATION_STYLES[style];
  const cite = {
    id: item.csl.id,
    ...(item.paragraph === undefined ? {} : { locator: String(item.paragraph), label: 'paragraph' }),
  };
  const text = citationJs().output.format('citation', [itemForStyle(item, style)], {
    template,
    lang,
    format: 'text',
    entry: [cite],
  });
  return String(text).trim();
}
