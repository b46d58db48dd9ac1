// The search page carries what a query needs before its first lookup (files/index-file.ts) as
// JSON in its head: its script then reads the query and asks for the word chunks as soon as it
// runs, before the browser's first layout of the page, instead of after a fetch of its own.
// A JSON data block is not run, so the page's Content-Security-Policy needs no hash for it.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PATHS } from '../../urls.ts';
import { INLINE_LOOKUPS_ID, type SearchLookups } from '../files/index-file.ts';

/** The page's HTML with the lookups before `</head>`; any carried before replaced. */
export function withInlineLookups(html: string, lookups: SearchLookups): string {
  // "<" only occurs inside JSON strings, where \u003c reads the same: no "</script>" can end the block early.
  const json = JSON.stringify(lookups).replace(/</g, '\\u003c');
  const block = `<script type="application/json" id="${INLINE_LOOKUPS_ID}">${json}</script>`;
  const earlier = new RegExp(`<script type="application/json" id="${INLINE_LOOKUPS_ID}">[^<]*</script>`);
  const without = html.replace(earlier, '');
  if (!without.includes('</head>')) throw new Error(`search page: no </head> to put the search's lookups before`);
  return without.replace('</head>', `${block}</head>`);
}

/** Puts the lookups into the built search page, where there is one (the engine's tests write the search alone). */
export function inlineLookupsInSearchPage(site: string, lookups: SearchLookups): void {
  const page = join(site, PATHS.search, 'index.html');
  if (!existsSync(page)) return;
  writeFileSync(page, withInlineLookups(readFileSync(page, 'utf8'), lookups));
}
