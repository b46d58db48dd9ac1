// COinS: an OpenURL ContextObject (Z39.88-2004) in the title of an empty
// <span class="Z3988">. Zotero reads Highwire tags for the one item a page
// holds; where a page holds several replies it reads these instead and offers
// each to save. Made from the reply page's own Highwire tags, so that both
// ways save the same report, but for the one field COinS has no key for: the
// report number. It goes at the end of the title (measured with Zotero's
// translation-server: otherwise a reference list made from the item never
// names the document, and Zotero's chooser lists two replies of one
// respondent under one title), and the description, saved as the abstract,
// names it too.
import type { MetaTag } from './highwire-tags.ts';

/** Which ContextObject key carries each Highwire tag (Zotero's openurl.js reads rft.pub of a report as its institution). */
const KEYS: Record<string, string> = {
  citation_author: 'rft.aucorp',
  citation_publication_date: 'rft.date',
  citation_technical_report_institution: 'rft.pub',
  citation_language: 'rft.language',
  citation_public_url: 'rft_id',
};

/**
 * Zotero splits a ContextObject at every & and =, which encodeURIComponent
 * escapes; it reads + and %2B as a space, so a + in a value would not survive
 * (no title, name or address here holds one).
 */
export function coinsContextObject(tags: readonly MetaTag[], description: string): string {
  const content = (name: string) => tags.find((tag) => tag.name === name)?.content;
  const pairs = [
    ['ctx_ver', 'Z39.88-2004'],
    ['rft_val_fmt', 'info:ofi/fmt:kev:mtx:book'],
    ['rft.genre', 'report'],
    ['rft.btitle', `${content('citation_title')}（${content('citation_technical_report_number')}）`],
    ...tags.filter((tag) => KEYS[tag.name]).map((tag) => [KEYS[tag.name]!, tag.content]),
    ['rft.description', description],
  ];
  return pairs.map(([key, value]) => `${key}=${encodeURIComponent(value!)}`).join('&');
}
