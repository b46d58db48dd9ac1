// The files the search reads, fetched from the site (scripts/index-search.ts writes them): the
// search's lookups (read from the page itself, where the build put them), its index file, Pagefind's word chunks, the result cards, the names, the variants and the
// filter lists.
// Pagefind's files and ours are gzip on disk; a host may send them so (the page inflates them)
// or with Content-Encoding (the browser has): README "Hosting". Each is fetched once per page.
import {
  INLINE_LOOKUPS_ID,
  type ReplyCard,
  type ReportTextCard,
  type SearchFiles,
  type SearchFacetsFile,
  type SearchLookups,
  type VariantFile,
  type NameFile,
  type FilterList,
} from '../lib/search/engine/index.ts';
import { withBase } from '../lib/site/base-url.ts';
import { cardPath, pagefindChunkPath, PATHS, searchNamePath, variantPlacesPath } from '../lib/urls.ts';

const GZIP = (bytes: Uint8Array) => bytes[0] === 0x1f && bytes[1] === 0x8b;
/** Every Pagefind file starts, once inflated, with this signature. */
const PAGEFIND_SIGNATURE = 'pagefind_dcd';

async function fetchBytes(path: string, what: string): Promise<Uint8Array> {
  const response = await fetch(withBase(path));
  if (!response.ok) throw new Error(`${response.status} for ${what}`);
  const bytes = new Uint8Array(await response.arrayBuffer());
  if (!GZIP(bytes)) return bytes;
  const inflated = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(inflated).arrayBuffer());
}

async function fetchJson<T>(path: string, what: string): Promise<T> {
  return JSON.parse(new TextDecoder().decode(await fetchBytes(path, what))) as T;
}

/** A word chunk without Pagefind's signature. */
async function fetchChunk(hash: string): Promise<Uint8Array> {
  const bytes = await fetchBytes(`/${pagefindChunkPath(hash)}`, `the word chunk ${hash}`);
  if (new TextDecoder().decode(bytes.subarray(0, PAGEFIND_SIGNATURE.length)) !== PAGEFIND_SIGNATURE)
    throw new Error(`the word chunk ${hash} is not a Pagefind file`);
  return bytes.subarray(PAGEFIND_SIGNATURE.length);
}

/** Each path fetched once. */
function once<T>(load: (key: string) => Promise<T>): (key: string) => Promise<T> {
  const loaded = new Map<string, Promise<T>>();
  return (key) => {
    let value = loaded.get(key);
    if (!value) loaded.set(key, (value = load(key)));
    return value;
  };
}

/** The lookups the build put into the page (scripts/index-search.ts), read at once; fetched where a page lacks them. */
const lookups = once(() => {
  const inline = document.getElementById(INLINE_LOOKUPS_ID);
  return inline
    ? Promise.resolve(JSON.parse(inline.textContent ?? '') as SearchLookups)
    : fetchJson<SearchLookups>(PATHS.searchLookups, 'the search lookups');
});
const index = once(() => fetchJson<SearchFacetsFile>(PATHS.searchIndex, 'the search index'));
const filters = once(() => fetchJson<FilterList[]>(PATHS.searchFilters, 'the filter lists'));
const replyCard = once((id) => fetchJson<ReplyCard>(`/${cardPath(id)}`, `the card of ${id}`));
const reportCard = once((id) => fetchJson<ReportTextCard>(`/${cardPath(id)}`, `the card of ${id}`));
const name = once((place) => fetchJson<NameFile>(`/${searchNamePath(Number(place))}`, `the name ${place}`));
const variants = once((group) =>
  fetchJson<VariantFile>(`/${variantPlacesPath(Number(group))}`, `the variants ${group}`),
);

export const siteFiles: SearchFiles = {
  lookups: () => lookups(''),
  index: () => index(''),
  filters: () => filters(''),
  chunk: once(fetchChunk),
  card: replyCard,
  reportCard,
  name: (place) => name(String(place)),
  variants: (group) => variants(String(group)),
};
