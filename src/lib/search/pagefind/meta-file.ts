// Pagefind's metadata file (pagefind.zh_<hash>.pf_meta) → its pages' ids, in its order: the
// order in which a search without a sort lists results. The search page takes each result's
// place in the corpus from that order (search-engine.ts), so scripts/index-search.ts checks
// that Pagefind kept the records in the order they were added. The file, after gunzip and
// Pagefind's 12-byte signature, is CBOR: an array of the version and the pages, each
// [id, word count, …], then more that is not read here.

interface Head {
  /** CBOR's major type: 0 an unsigned integer, 2 bytes, 3 text, 4 an array, 5 a map, 7 a simple value. */
  type: number;
  value: number;
  next: number;
}

function readHead(bytes: Uint8Array, at: number): Head {
  const initial = bytes[at];
  if (initial === undefined) throw new Error('pagefind metadata: ends too soon');
  const type = initial >> 5;
  const info = initial & 31;
  if (info < 24) return { type, value: info, next: at + 1 };
  if (info > 27) throw new Error(`pagefind metadata: unexpected CBOR head ${initial} at ${at}`);
  const length = 2 ** (info - 24);
  let value = 0;
  for (let index = 1; index <= length; index++) value = value * 256 + bytes[at + index]!;
  return { type, value, next: at + 1 + length };
}

/** Where the item at `at` ends. */
function skipItem(bytes: Uint8Array, at: number): number {
  const head = readHead(bytes, at);
  if (head.type === 2 || head.type === 3) return head.next + head.value;
  if (head.type !== 4 && head.type !== 5) return head.next;
  let next = head.next;
  for (let index = 0; index < head.value * (head.type === 5 ? 2 : 1); index++) next = skipItem(bytes, next);
  return next;
}

function readText(bytes: Uint8Array, at: number): { text: string; next: number } {
  const head = readHead(bytes, at);
  if (head.type !== 3) throw new Error(`pagefind metadata: expected text at ${at}`);
  return {
    text: new TextDecoder().decode(bytes.subarray(head.next, head.next + head.value)),
    next: head.next + head.value,
  };
}

/** The ids of the pages, in order. `meta` is the file after gunzip, without Pagefind's signature. */
export function pagefindPageOrder(meta: Uint8Array): string[] {
  const root = readHead(meta, 0);
  const pages = readHead(meta, readText(meta, root.next).next);
  if (root.type !== 4 || pages.type !== 4) throw new Error('pagefind metadata: not [version, pages, …]');
  const ids: string[] = [];
  let at = pages.next;
  for (let index = 0; index < pages.value; index++) {
    const page = readHead(meta, at);
    if (page.type !== 4) throw new Error(`pagefind metadata: page ${index} is not an array`);
    ids.push(readText(meta, page.next).text);
    at = skipItem(meta, at);
  }
  return ids;
}
