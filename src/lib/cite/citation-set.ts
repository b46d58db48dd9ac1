// Everything a citation page shows for one reply or paragraph, in one call.
import { buildCitationItem, type CitationSource } from './csl-item.ts';
import { toBibTeX, toCslJson, toRIS } from './export-formats.ts';
import { formatCitation, formatInTextCitation } from './format-citation.ts';
import { highwireTags, type MetaTag } from './highwire-tags.ts';

export interface CitationSet {
  /** GB/T 7714-2015 reference entry, Chinese names. */
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
  const zh = buildCitationItem(source, 'zh');
  const en = buildCitationItem(source, 'en');
  return {
    gbt: formatCitation(zh, 'gb-t-7714'),
    chicago: { reference: formatCitation(en, 'chicago'), inText: formatInTextCitation(en, 'chicago') },
    apa: { reference: formatCitation(en, 'apa'), inText: formatInTextCitation(en, 'apa') },
    bibtex: toBibTeX(zh),
    ris: toRIS(zh),
    cslJson: toCslJson(zh),
    highwire: highwireTags(source),
  };
}
