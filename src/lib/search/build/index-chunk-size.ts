// How many word positions Pagefind puts in one chunk of its word index (its default is 20000).
// A query loads every chunk one of its words is in, and first the search's index file, which
// lists every chunk: small chunks make the lookups cheap and the list long. Measured at 50×
// (2026-12-07, the bench's queries, median KB of index file + word chunks) with a fixed size:
// 1000 → 38.1 + 2.4 for one term, 38.1 + 11.2 for two terms (2,485 chunks); 2000 → 26.6 + 3.4,
// 26.6 + 13.3; 3000 → 22.6 + 3.8, 22.6 + 16.4 (1,047 chunks); 4000 → 20.1 + 5.5, 20.1 + 17.9.
// At 1×, 3000 made both dearer than 1000 (27 chunks: one term 6.1 KB of chunks against 3.9). So
// the size grows with the corpus, keeping the list near MOST_CHUNKS entries, and never below 1000.

/** Chunks the index file lists, about, however large the corpus. */
const MOST_CHUNKS = 1000;
const SMALLEST = 1000;
/** What a chunk's size counts per position: the position, and an entry per word and page (chunks × size ÷ positions: about 1.8 at 50×, 2.3 at 1×). */
const UNITS_PER_POSITION = 2;

/** Positions per chunk for an index of this many word positions. */
export function indexChunkSize(positions: number): number {
  return Math.max(SMALLEST, Math.ceil((positions * UNITS_PER_POSITION) / MOST_CHUNKS));
}
