// The files the search writes beside Pagefind's index (scripts/index-search.ts): the card of
// each search result and the replies' facets, stored gzipped, unless the host already undid
// that (README: hosting). Each is fetched once per page.
import type { ReplyFacets } from '../lib/search/filters/reply-facets.ts';
import type { ReplyCard } from '../lib/search/build/reply-records.ts';
import { withBase } from '../lib/site/base-url.ts';
import { cardPath, PATHS } from '../lib/urls.ts';

async function fetchGzippedJson<T>(path: string, what: string): Promise<T> {
  const response = await fetch(withBase(path));
  if (!response.ok) throw new Error(`${response.status} for ${what}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  const gzipped = bytes[0] === 0x1f && bytes[1] === 0x8b;
  const text = gzipped
    ? await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'))).text()
    : new TextDecoder().decode(bytes);
  return JSON.parse(text) as T;
}

const cards = new Map<string, Promise<ReplyCard>>();

export function loadCard(id: string): Promise<ReplyCard> {
  let card = cards.get(id);
  if (!card) {
    card = fetchGzippedJson<ReplyCard>(`/${cardPath(id)}`, `the card of search result ${id}`);
    cards.set(id, card);
  }
  return card;
}

let facets: Promise<ReplyFacets> | undefined;

export function loadFacets(): Promise<ReplyFacets> {
  facets ??= fetchGzippedJson<ReplyFacets>(PATHS.searchFacets, 'the search facets');
  return facets;
}
