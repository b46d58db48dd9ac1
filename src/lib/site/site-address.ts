// The site's own address for a link on a page, whatever address the page was opened at. Apart
// from base-url.ts because every page's script needs it and the search page's script does not:
// a module both import would be a file of its own, fetched only once the search's script has
// been read, before the search can start.
/**
 * A link on a page (its href, resolved against the page's address), named as the site's own
 * address (SITE_URL at build): what the page's permalinks and citations say, whatever address it
 * was opened at (a preview, a mirror, a test server). For what a page's script copies or downloads.
 */
export function siteAddress(href: string, page: string): string {
  const here = new URL(href, page);
  return new URL(`${here.pathname}${here.search}${here.hash}`, import.meta.env.SITE || 'http://localhost:4321').href;
}
