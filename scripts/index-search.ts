// Build the search over a built site, last step of `npm run build`: from the site's own
// data/corpus.json, one Pagefind record per reply (its text one character per word, see
// src/lib/search/text/tokens.ts), one small gzipped card per reply that the search page
// loads only for the results it shows (src/lib/search/build/reply-records.ts), and the replies'
// facets, which its filter counts come from (src/lib/search/filters/reply-facets.ts).
import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { CorpusSchema } from '../src/lib/schema.ts';
import { HIDDEN_FILTERS } from '../src/lib/search/filters/filter-groups.ts';
import { replyFacets } from '../src/lib/search/filters/reply-facets.ts';
import { filterTotals, fragmentPages, replyRecords, type ReplyRecord } from '../src/lib/search/build/reply-records.ts';
import { pagefindPageOrder } from '../src/lib/search/pagefind/meta-file.ts';
import { cardPath, PATHS } from '../src/lib/urls.ts';

type PagefindFile = { path: string; content: Uint8Array };

const SITE = process.argv[2] ?? 'dist';

// Pagefind cuts its word index into chunks of about this many word positions (default
// 20000), and a query downloads every chunk one of its characters is in. One character
// per word makes few, large chunks; 1000 keeps a query to a few KB. The pagefind 1.6
// binary reads this variable (its own tests set it); were it ignored, search would
// still be exact, only each query would download more.
process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE ??= '1000';

function bytesUnder(path: string): number {
  const info = statSync(path);
  if (!info.isDirectory()) return info.size;
  return readdirSync(path).reduce((sum, name) => sum + bytesUnder(join(path, name)), 0);
}

const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The facets of every filter the page lists, gzipped: returns the file's size. */
function writeFacets(records: readonly ReplyRecord[]): number {
  const names = Object.keys(filterTotals(records)).filter((name) => !HIDDEN_FILTERS.has(name));
  const facets = replyFacets(
    records.map((record) => ({ id: record.card.id, respondent: record.respondent, filters: record.filters })),
    names,
  );
  const bytes = gzipSync(JSON.stringify(facets), { level: 9 });
  writeFileSync(join(SITE, PATHS.searchFacets), bytes);
  return bytes.length;
}

/** A Pagefind file's content after gunzip, without its 12-byte signature. */
function pagefindContent(file: { path: string; content: Uint8Array }): Uint8Array {
  const bytes = gunzipSync(file.content);
  if (new TextDecoder().decode(bytes.subarray(0, 12)) !== 'pagefind_dcd')
    throw new Error(`pagefind: ${file.path} has no Pagefind signature`);
  return bytes.subarray(12);
}

/** Writes each record's card, named after its Pagefind id (read from Pagefind's fragments); returns the ids by URL. */
function writeCards(files: PagefindFile[], records: readonly ReplyRecord[]): Map<string, string> {
  const byUrl = new Map(records.map((record) => [record.url, record]));
  const cards = join(SITE, dirname(cardPath('x')));
  rmSync(cards, { recursive: true, force: true });
  mkdirSync(cards, { recursive: true });
  const ids = new Map<string, string>();
  for (const file of files.filter((each) => each.path.endsWith('.pf_fragment'))) {
    for (const page of fragmentPages(file.path, JSON.parse(new TextDecoder().decode(pagefindContent(file))))) {
      const record = byUrl.get(page.url);
      if (!record) throw new Error(`pagefind: ${file.path} is for ${page.url}, which is no reply`);
      writeFileSync(join(SITE, cardPath(page.id)), gzipSync(JSON.stringify(record.card), { level: 9 }));
      ids.set(page.url, page.id);
    }
  }
  if (ids.size !== records.length)
    throw new Error(`search: ${records.length} replies but ${ids.size} Pagefind fragments`);
  return ids;
}

/**
 * Pagefind lists results, when not asked to sort them, in the order of the pages in its
 * metadata; the search page takes a result's place in the corpus from that order instead of a
 * sort, which would add 3.7 KB to the metadata at 50×. So the pages must be in the order the records were added.
 */
function checkPageOrder(files: PagefindFile[], records: readonly ReplyRecord[], ids: Map<string, string>): void {
  const meta = files.find((file) => file.path.endsWith('.pf_meta'));
  if (!meta) throw new Error('pagefind: wrote no metadata file');
  const order = pagefindPageOrder(pagefindContent(meta));
  const expected = records.map((record) => ids.get(record.url)!);
  const first = expected.findIndex((id, index) => order[index] !== id);
  if (first !== -1 || order.length !== expected.length)
    throw new Error(
      `pagefind: the index lists page ${order[first] ?? '(none)'} where reply ${records[first]?.card.id} should be: not in corpus order`,
    );
}

async function buildIndex(records: readonly ReplyRecord[]): Promise<PagefindFile[]> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  for (const record of records) {
    const { url, content, language, filters } = record;
    const added = await index.addCustomRecord({ url, content, language, filters });
    if (added.errors.length > 0) throw new Error(`pagefind: ${record.card.id}: ${added.errors.join('; ')}`);
  }
  const { files, errors: fileErrors } = await index.getFiles();
  if (fileErrors.length > 0) throw new Error(`pagefind: ${fileErrors.join('; ')}`);
  // Pagefind adds its files beside those of an earlier index; stale chunks would be served and counted.
  rmSync(join(SITE, 'pagefind'), { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath: join(SITE, 'pagefind') });
  if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  return files;
}

async function main(): Promise<void> {
  const corpus = CorpusSchema.parse(JSON.parse(readFileSync(join(SITE, 'data/corpus.json'), 'utf8')));
  const records = replyRecords(corpus);
  const files = await buildIndex(records);
  checkPageOrder(files, records, writeCards(files, records));
  const facetBytes = writeFacets(records);

  const output = join(SITE, 'pagefind');
  const part = (name: string) => bytesUnder(join(output, name));
  console.log(
    `search: ${records.length} replies; Pagefind word index ${kilobytes(part('index'))} in ${readdirSync(join(output, 'index')).length} chunks, ` +
      `fragments ${kilobytes(part('fragment'))}, filters ${kilobytes(part('filter'))}; result cards ${kilobytes(bytesUnder(join(SITE, dirname(cardPath('x')))))}, facets ${kilobytes(facetBytes)}`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
