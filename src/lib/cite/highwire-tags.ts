// Highwire Press <meta> tags, which Zotero reads to save a page as an item.
// Measured with Zotero: citation_technical_report_institution is the one tag
// that makes it save a report (not a web page or a journal article), and a
// comma in citation_author splits the name into "family, given". So: report
// tags only; no journal, book or conference tags; no citation_publisher (a
// second publisher that could disagree with the institution); no
// citation_pdf_url (we host no PDFs). Title and author are the downloads'
// (csl-item.ts), so Zotero and a BibTeX import save the same item.
import { describeCitedWork, oneLine } from './cited-work.ts';
import { itemTitle, PUBLISHER } from './csl-item.ts';
import type { CitationSource } from './citation-source.ts';

export interface MetaTag {
  name: string;
  content: string;
}

/** An ASCII comma would make Zotero read "family, given"; the full-width one reads the same in Chinese. */
function asOneAuthor(name: string): string {
  return oneLine(name).replaceAll(',', '，');
}

export function highwireTags(source: CitationSource): MetaTag[] {
  const tags = [
    { name: 'citation_title', content: itemTitle(source) },
    { name: 'citation_author', content: asOneAuthor(describeCitedWork(source, 'zh').author) },
    { name: 'citation_publication_date', content: String(source.report.year) },
    { name: 'citation_technical_report_institution', content: PUBLISHER.zh.name },
    { name: 'citation_technical_report_number', content: source.report.symbol },
    { name: 'citation_language', content: 'zh' },
    { name: 'citation_public_url', content: source.permalink },
  ];
  return tags.map((tag) => ({ ...tag, content: oneLine(tag.content) }));
}
