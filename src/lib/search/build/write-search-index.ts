// The search over a built site, written last (scripts/index-search.ts; the engine's tests build
// one the same way): one Pagefind record per reply, then one per report's own text, whose words
// are their characters (text/tokens.ts); one small gzipped card per record; the search's lookups
// (Pagefind's chunk table, the names' forms, the variant groups; also put into the search page)
// and its index file (each reply's facets, the reports' texts); each name a query can be, with its labels; and, per group of variants, its forms.
// The name and variant files also say which records hold each of their forms (text-places.ts).
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import type { Corpus } from '../../schema.ts';
import { cardPath, PATHS, searchNamePath, variantPlacesPath } from '../../urls.ts';
import { PAGEFIND_FORMAT, type SearchFacetsFile, type SearchLookups } from '../files/index-file.ts';
import { inlineLookupsInSearchPage } from './inline-lookups.ts';
import { filterLists } from '../filters/filter-groups.ts';
import { facetTotals } from '../filters/reply-facets.ts';
import { inWordOrder } from '../pagefind/chunks-of-word.ts';
import { readPagefindMeta, type PagefindMeta } from '../pagefind/meta-file.ts';
import { normalizeForSearch } from '../text/normalize.ts';
import type { NameFile, VariantFile } from '../files/written-places.ts';
import { formPlaces, recordTexts } from './text-places.ts';
import { replyFacets } from './facets-of-replies.ts';
import { reportTextRecords } from './report-records.ts';
import { nameList, searchNames, type SearchName } from './search-names.ts';
import { instrumentShortName } from '../../labels.ts';
import type { Vocabulary } from '../../vocabulary/read-vocabulary.ts';
import { fragmentPages, replyRecords } from './reply-records.ts';
import { indexChunkSize } from './index-chunk-size.ts';

type PagefindFile = { path: string; content: Uint8Array };

/** Set in the environment, Pagefind's chunk size is taken as it is (to measure another); else index-chunk-size.ts. */
const CHUNK_SIZE_VARIABLE = 'PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE';
const chunkSizeSetOutside = process.env[CHUNK_SIZE_VARIABLE] !== undefined;

/** A Pagefind file's content after gunzip, without its 12-byte signature. */
export function pagefindContent(file: PagefindFile): Uint8Array {
  const bytes = gunzipSync(file.content);
  if (new TextDecoder().decode(bytes.subarray(0, 12)) !== 'pagefind_dcd')
    throw new Error(`pagefind: ${file.path} has no Pagefind signature`);
  return bytes.subarray(12);
}

function writeGzippedJson(site: string, path: string, value: unknown): number {
  const bytes = gzipSync(JSON.stringify(value), { level: 9 });
  mkdirSync(dirname(join(site, path)), { recursive: true });
  writeFileSync(join(site, path), bytes);
  return bytes.length;
}

async function buildPagefindIndex(
  site: string,
  records: readonly { url: string; content: string }[],
): Promise<PagefindFile[]> {
  // The pagefind 1.6 binary reads this variable when it starts (its own tests set it); were it
  // ignored, search would still be exact, only each query would load more.
  if (!chunkSizeSetOutside)
    process.env[CHUNK_SIZE_VARIABLE] = String(
      indexChunkSize(records.reduce((sum, record) => sum + record.content.split(' ').length, 0)),
    );
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  for (const { url, content } of records) {
    const added = await index.addCustomRecord({ url, content, language: 'zh' });
    if (added.errors.length > 0) throw new Error(`pagefind: ${url}: ${added.errors.join('; ')}`);
  }
  const { files, errors: fileErrors } = await index.getFiles();
  if (fileErrors.length > 0) throw new Error(`pagefind: ${fileErrors.join('; ')}`);
  // Pagefind adds its files beside those of an earlier index; stale chunks would be served and counted.
  rmSync(join(site, 'pagefind'), { recursive: true, force: true });
  const written = await index.writeFiles({ outputPath: join(site, 'pagefind') });
  if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  // The page reads only the word chunks: Pagefind's script, WebAssembly, UI and copies of the text are not published.
  for (const name of readdirSync(join(site, 'pagefind')))
    if (name !== 'index') rmSync(join(site, 'pagefind', name), { recursive: true, force: true });
  return files;
}

/**
 * The page reads page n of a chunk as record n: Pagefind must have kept the records in the
 * order they were added. Its metadata lists the pages by id, its fragments give each id's URL.
 */
function checkPageOrder(files: readonly PagefindFile[], pages: readonly string[], urls: readonly string[]): void {
  const urlOf = new Map(
    files
      .filter((file) => file.path.endsWith('.pf_fragment'))
      .flatMap((file) => fragmentPages(file.path, JSON.parse(new TextDecoder().decode(pagefindContent(file)))))
      .map(({ id, url }) => [id, url]),
  );
  const first = urls.findIndex((url, index) => urlOf.get(pages[index] ?? '') !== url);
  if (first !== -1 || pages.length !== urls.length)
    throw new Error(
      `pagefind: the index lists ${urlOf.get(pages[first] ?? '') ?? '(none)'} where ${urls[first]} should be: not in the order the records were added`,
    );
}

/**
 * Each name with its labels, page, marks and count, and the records whose text holds each of
 * its forms, in a file of its own: loaded only for a query that is that name.
 */
function writeNameFiles(site: string, names: readonly SearchName[], texts: readonly string[]): void {
  rmSync(join(site, dirname(searchNamePath(0))), { recursive: true, force: true });
  nameList(names).forEach((name, place) => {
    const file: NameFile = { ...name, text: formPlaces(texts, names[place]!.forms) };
    writeGzippedJson(site, searchNamePath(place), file);
  });
}

/** Per group of variants (normalized forms), the records whose text holds each form. */
function writeVariantFiles(site: string, groups: readonly string[][], texts: readonly string[]): void {
  rmSync(join(site, dirname(variantPlacesPath(0))), { recursive: true, force: true });
  groups.forEach((forms, at) => {
    const file: VariantFile = formPlaces(texts, forms);
    writeGzippedJson(site, variantPlacesPath(at), file);
  });
}

export interface WrittenIndex {
  records: number;
  chunks: number;
  indexFileBytes: number;
  lookupsBytes: number;
}

/** Pagefind's metadata, checked for what the search page relies on: its format, its chunk table's order, its pages' order. */
function checkedPagefindMeta(files: readonly PagefindFile[], urls: readonly string[]): PagefindMeta {
  const metaFile = files.find((file) => file.path.endsWith('.pf_meta'));
  if (!metaFile) throw new Error('pagefind: wrote no metadata file');
  const meta = readPagefindMeta(pagefindContent(metaFile));
  if (meta.version !== PAGEFIND_FORMAT)
    throw new Error(
      `pagefind ${meta.version} wrote the index; the search page reads ${PAGEFIND_FORMAT}'s chunks (src/lib/search/pagefind/): check the format, then change PAGEFIND_FORMAT`,
    );
  if (!inWordOrder(meta.chunks))
    throw new Error(
      `pagefind ${meta.version}: the chunk table is not in word order; the search page finds a word's chunks by halving it (src/lib/search/pagefind/chunks-of-word.ts)`,
    );
  checkPageOrder(files, meta.pages, urls);
  return meta;
}

/** Writes the search of `corpus` into the built site folder `site`, with the curated vocabulary (content/data/). */
export async function writeSearchIndex(corpus: Corpus, site: string, vocabulary: Vocabulary): Promise<WrittenIndex> {
  const replies = replyRecords(corpus);
  const reports = reportTextRecords(corpus.reports);
  const records = [...replies, ...reports];
  const files = await buildPagefindIndex(site, records);
  const meta = checkedPagefindMeta(
    files,
    records.map((record) => record.url),
  );

  rmSync(join(site, dirname(cardPath('x'))), { recursive: true, force: true });
  for (const record of records) writeGzippedJson(site, cardPath(record.card.id), record.card);
  const forms = vocabulary.variants.map((entry) => entry.forms.map(normalizeForSearch));
  const names = searchNames(corpus, vocabulary.forms);
  const facets = replyFacets(
    replies.map((record) => ({ id: record.card.id, respondent: record.respondent, filters: record.filters })),
    [...new Set(replies.flatMap((record) => Object.keys(record.filters)))],
  );
  const lookups: SearchLookups = {
    pagefind: meta.version,
    chunks: meta.chunks,
    names: names.map(({ kind, value, forms: ways }) => ({ kind, value, forms: ways })),
    variants: forms,
  };
  const index: SearchFacetsFile = {
    replies: facets,
    reportTexts: reports.map((record) => ({
      id: record.card.id,
      report: record.card.report,
      year: String(record.card.year),
    })),
  };
  const indexFileBytes = writeGzippedJson(site, PATHS.searchIndex, index);
  const lookupsBytes = writeGzippedJson(site, PATHS.searchLookups, lookups);
  inlineLookupsInSearchPage(site, lookups);
  // Sorted here, where Chinese collation costs nothing; the page loads them once the first results show.
  writeGzippedJson(
    site,
    PATHS.searchFilters,
    filterLists(facetTotals(facets), {
      instrument: Object.fromEntries(
        corpus.instruments.map((instrument) => [
          instrument.id,
          instrumentShortName(instrument) + (instrument.acronym ? ` ${instrument.acronym}` : ''),
        ]),
      ),
    }),
  );
  const texts = recordTexts(records);
  writeNameFiles(site, names, texts);
  writeVariantFiles(site, forms, texts);
  return { records: records.length, chunks: meta.chunks.length, indexFileBytes, lookupsBytes };
}
