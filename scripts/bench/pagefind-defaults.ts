// The baseline the search budget was set against: Pagefind with its defaults on the same
// text and the same machine. Pagefind indexes the reply pages' HTML as it finds it (the same
// text as our records: every reply once, in full, at every scale); a bare page runs the query
// with Pagefind's JavaScript API (unquoted, as a reader types it), loads the data of the first
// five results, as Pagefind's own UI does (its pageSize, 5, as ours shows five), and lists
// them. Measured with the same cold load as ours.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

const PAGE = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>Pagefind defaults</title></head>
<body><section id="search-results"><ol id="list"></ol></section>
<script type="module" src="/search/defaults.js"></script></body></html>
`;

const SCRIPT = `const results = document.querySelector('#search-results');
const query = new URLSearchParams(location.search).get('q') ?? '';
const pagefind = await import('/pagefind/pagefind.js');
const found = await pagefind.search(query);
const data = await Promise.all(found.results.slice(0, 5).map((result) => result.data()));
for (const each of data) {
  const item = document.createElement('li');
  item.innerHTML = '<a href="' + each.url + '">' + each.meta.title + '</a><p>' + each.excerpt + '</p>';
  document.querySelector('#list').append(item);
}
performance.mark('search:first-results');
results.dataset.total = String(found.results.length);
results.dataset.state = 'done';
`;

/** Reply pages: /states/cuba/a-73-112/ (respondent pages hold only their newest replies in full at larger scales). */
export const REPLY_PAGES = '{states,organizations}/*/a-*/index.html';

/** Writes a site at `out` that searches the reply pages (or `glob`) of the built site `site` with Pagefind's defaults. */
export async function writePagefindDefaults(site: string, out: string, glob = REPLY_PAGES): Promise<void> {
  rmSync(out, { recursive: true, force: true });
  mkdirSync(join(out, 'search'), { recursive: true });
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: site, glob });
  if (added.errors.length > 0 || added.page_count === 0)
    throw new Error(`pagefind defaults: ${added.errors.join('; ') || 'no pages'}`);
  const written = await index.writeFiles({ outputPath: join(out, 'pagefind') });
  if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  writeFileSync(join(out, 'search/index.html'), PAGE);
  writeFileSync(join(out, '404.html'), '<!doctype html><title>404</title>');
  writeFileSync(join(out, 'search/defaults.js'), SCRIPT);
}
