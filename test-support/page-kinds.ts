// Which kind of page a built path is, for per-kind size figures and budgets.

export type PageKind =
  | 'home'
  | 'report'
  | 'index'
  | 'respondent'
  | 'reply'
  | 'compare'
  | 'resolution'
  | 'instrument'
  | 'matrix'
  | 'measures'
  | 'measure'
  | 'editorial'
  | 'search'
  | 'citation'
  | 'other';

export function pageKind(path: string): PageKind {
  const parts = path
    .replace(/index\.html$/, '')
    .split('/')
    .filter(Boolean);
  if (parts.length === 0) return 'home';
  const [first, second, third, fourth] = parts;
  if (first === 'search') return 'search';
  if (first === 'cite') return 'citation';
  if (['reports', 'resolutions', 'instruments', 'states', 'organizations'].includes(first!) && parts.length === 1)
    return 'index';
  if (first === 'reports') return 'report';
  if (first === 'resolutions') return 'resolution';
  if (first === 'instruments') return second === 'matrix' ? 'matrix' : 'instrument';
  // The measures matrix, and a measure's pages (its own, a domain's, a report's) with the method page.
  if (first === 'measures') return parts.length === 1 ? 'measures' : 'measure';
  if (first === 'states' || first === 'organizations') {
    if (parts.length === 2) return 'respondent';
    if (third === 'compare') return 'compare';
    if (parts.length === 3 && !fourth) return 'reply';
  }
  if (parts.length === 1 && /^[a-z-]+$/.test(first!) && first !== '404.html') return 'editorial';
  return 'other';
}

/** Stylesheets and scripts a page loads, from its HTML, and the bytes of CSS it carries inline. */
export function pageAssets(html: string): { css: string[]; inlineCssBytes: number; js: string[] } {
  const css = [...html.matchAll(/<link[^>]+rel="stylesheet"[^>]*href="([^"]+)"/g)].map((match) => match[1]!);
  const inlineCssBytes = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].reduce(
    (sum, match) => sum + Buffer.byteLength(match[1]!),
    0,
  );
  const js = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((match) => match[1]!);
  return { css, inlineCssBytes, js };
}
