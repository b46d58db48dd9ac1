// Build the search over a built site, last step of `npm run build`: from the site's own
// data/corpus.json and the curated variants (content/data/variants.tsv), Pagefind's word index,
// the result cards, the search's lookups and index file and the variants' replies
// (src/lib/search/build/write-search-index.ts).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CorpusSchema } from '../src/lib/schema.ts';
import { writeSearchIndex } from '../src/lib/search/build/write-search-index.ts';
import { readVocabulary, type Vocabulary } from '../src/lib/vocabulary/read-vocabulary.ts';
import { reportErrors } from './report-errors.ts';

const SITE = process.argv[2] ?? 'dist';

function bytesUnder(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) return info.size;
  return readdirSync(path).reduce((sum, name) => sum + bytesUnder(join(path, name)), 0);
}

const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function main(): Promise<void> {
  const corpus = CorpusSchema.parse(JSON.parse(readFileSync(join(SITE, 'data/corpus.json'), 'utf8')));
  let vocabulary: Vocabulary;
  try {
    vocabulary = readVocabulary();
  } catch (error) {
    reportErrors(error);
  }
  const written = await writeSearchIndex(corpus, SITE, vocabulary);
  console.log(
    `search: ${written.records} records (${corpus.submissions.length} replies, ${corpus.reports.length} reports' texts); Pagefind word index ${kilobytes(bytesUnder(join(SITE, 'pagefind/index')))} in ${written.chunks} chunks; result cards ${kilobytes(bytesUnder(join(SITE, 'search/cards')))}, lookups ${kilobytes(written.lookupsBytes)} (also in the search page), index file ${kilobytes(written.indexFileBytes)}`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
