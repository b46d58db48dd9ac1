// Everything a citation page shows for one reply or paragraph, in one call.
import { describeCitedWork, type CitedWork } from './cited-work.ts';
import { buildCitationItem } from './csl-item.ts';
import type { CitationSource } from './citation-source.ts';
import { toBibTeX, toCslJson, toRIS } from './export-formats.ts';
import { formatCitation, formatInTextCitation } from './format-citation.ts';
import { highwireTags, type MetaTag } from './highwire-tags.ts';

export interface CitationSet {
  /** What is cited, in words, for the page to show beside the formats. */
  work: { zh: CitedWork; en: CitedWork };
  /** The day every format below names as the access date, YYYY-MM-DD. */
  accessed: string;
  /** GB/T 7714-2015 reference entry (析出文献), Chinese names. */
  gbt: string;
  /** Chicago author-date reference entry and in-text citation, English names. */
  chicago: { reference: string; inText: string };
  /** APA 7 reference entry and in-text citation, English names. */
  apa: { reference: string; inText: string };
  /** Downloads, with Chinese names: the text cited is Chinese. */
  bibtex: string;
  ris: string;
  cslJson: string;
  /** <meta> tags for Zotero. */
  highwire: MetaTag[];
}

export function buildCitationSet(source: CitationSource): CitationSet {
  const item = buildCitationItem(source);
  return {
    work: { zh: describeCitedWork(source, 'zh'), en: describeCitedWork(source, 'en') },
    accessed: source.accessed,
    gbt: formatCitation(source, 'gb-t-7714'),
    chicago: { reference: formatCitation(source, 'chicago'), inText: formatInTextCitation(source, 'chicago') },
    apa: { reference: formatCitation(source, 'apa'), inText: formatInTextCitation(source, 'apa') },
    bibtex: toBibTeX(item),
    ris: toRIS(item),
    cslJson: toCslJson(item),
    highwire: highwireTags(source),
  };
}
