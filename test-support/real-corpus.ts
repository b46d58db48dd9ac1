// The corpus parsed from the real sources, once per test process: many tests read it.
import { parseCorpusFromSources } from '../src/lib/corpus/read-sources.ts';
import type { Corpus } from '../src/lib/schema.ts';

let cached: Corpus | undefined;

export function realCorpus(): Corpus {
  cached ??= parseCorpusFromSources();
  return cached;
}
