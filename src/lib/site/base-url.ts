// Every internal link goes through here, so the site works under a sub-path (SITE_BASE).

/** "/states/cuba/" → "/wmd/states/cuba/" when the site is built with base "/wmd/". */
export function withBase(path: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return `${base}${path.startsWith('/') ? path : `/${path}`}`;
}

/** Absolute URL for canonical links, citations and the sitemap. */
export function absoluteUrl(path: string, site: URL | undefined): string {
  return new URL(withBase(path), site ?? 'http://localhost:4321').href;
}

/**
 * A build whose site URL is this machine (no SITE_URL given): its permalinks
 * and citations point to localhost, which is right for a preview and wrong
 * anywhere else, so the pages say so.
 */
export function isLocalPreview(site: URL | undefined): boolean {
  const host = new URL(site ?? 'http://localhost:4321').hostname;
  return host === 'localhost' || host === '[::1]' || host.startsWith('127.');
}
