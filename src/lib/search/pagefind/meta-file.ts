// Pagefind's metadata file (pagefind.zh_<hash>.pf_meta, after gunzip and Pagefind's 12-byte
// signature) → its pages' ids in order and its word chunks. The search page reads Pagefind's
// word chunks itself (index-chunk.ts): scripts/index-search.ts copies the chunk table into the
// search's own index file and checks that Pagefind kept the pages in the order they were
// added, the corpus's, so that page n of a chunk is record n. Pagefind 1.6 writes
// [version, pages [[id, word count, …]], chunks [[from, to, hash]], filters, sorts, …].
import { CborReader } from './cbor.ts';

/** A word chunk: the words from `from` to `to` (Pagefind trims both to the prefixes that tell chunks apart) are in index/<hash>.pf_index. */
export type ChunkEntry = [from: string, to: string, hash: string];

export interface PagefindMeta {
  version: string;
  /** The pages' ids (hashes), in Pagefind's order. */
  pages: string[];
  chunks: ChunkEntry[];
}

/** `meta` is the file after gunzip, without Pagefind's signature. */
export function readPagefindMeta(meta: Uint8Array): PagefindMeta {
  const reader = new CborReader(meta);
  if (reader.array() < 3) throw new Error('pagefind metadata: not [version, pages, chunks, …]');
  const version = reader.text();
  const pages = Array.from({ length: reader.array() }, () => {
    const fields = reader.array();
    const id = reader.text();
    for (let field = 1; field < fields; field++) reader.skip();
    return id;
  });
  const chunks = Array.from({ length: reader.array() }, (): ChunkEntry => {
    const fields = reader.array();
    const entry: ChunkEntry = [reader.text(), reader.text(), reader.text()];
    for (let field = 3; field < fields; field++) reader.skip();
    return entry;
  });
  return { version, pages, chunks };
}

/** The ids of the pages, in order. */
export function pagefindPageOrder(meta: Uint8Array): string[] {
  return readPagefindMeta(meta).pages;
}
