// The search of a corpus written the way the build writes it (real Pagefind, real cards and
// index file) into a temporary folder, and read back the way the page reads it, from files:
// what the engine's tests search, without building the site.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import type { Corpus } from '../src/lib/schema.ts';
import { writeSearchIndex } from '../src/lib/search/build/write-search-index.ts';
import type { SearchFiles } from '../src/lib/search/engine/search-files.ts';
import { cardPath, pagefindChunkPath, PATHS, searchNamePath, variantPlacesPath } from '../src/lib/urls.ts';
import { readVocabulary } from '../src/lib/vocabulary/read-vocabulary.ts';
import { simplify } from '../src/lib/search/traditional/simplify.ts';
import { realCorpus } from './real-corpus.ts';

export interface WrittenSearch {
  dir: string;
  files: SearchFiles;
  /** The files read, by path under the folder, in order: what a page would have downloaded. */
  reads: string[];
}

const readJson = (path: string) => JSON.parse(gunzipSync(readFileSync(path)).toString('utf8'));

let written: Promise<WrittenSearch> | undefined;

async function write(corpus: Corpus): Promise<WrittenSearch> {
  const dir = mkdtempSync(join(tmpdir(), 'written-search-'));
  const vocabulary = readVocabulary();
  await writeSearchIndex(corpus, dir, vocabulary);
  const reads: string[] = [];
  const read = <T>(path: string, value: () => T): Promise<T> => {
    reads.push(path);
    return Promise.resolve(value());
  };
  const files: SearchFiles = {
    lookups: () => read(PATHS.searchLookups, () => readJson(join(dir, PATHS.searchLookups))),
    index: () => read(PATHS.searchIndex, () => readJson(join(dir, PATHS.searchIndex))),
    chunk: (hash) =>
      read(pagefindChunkPath(hash), () => gunzipSync(readFileSync(join(dir, pagefindChunkPath(hash)))).subarray(12)),
    card: (id) => read(cardPath(id), () => readJson(join(dir, cardPath(id)))),
    reportCard: (id) => read(cardPath(id), () => readJson(join(dir, cardPath(id)))),
    filters: () => read(PATHS.searchFilters, () => readJson(join(dir, PATHS.searchFilters))),
    name: (place) => read(searchNamePath(place), () => readJson(join(dir, searchNamePath(place)))),
    variants: (group) => read(variantPlacesPath(group), () => readJson(join(dir, variantPlacesPath(group)))),
    simplify: async () => simplify,
  };
  return { dir, files, reads };
}

/** The real corpus's search, written once per test process. */
export function writtenSearch(): Promise<WrittenSearch> {
  written ??= write(realCorpus());
  return written;
}
