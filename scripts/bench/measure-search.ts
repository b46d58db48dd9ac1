// Search as a reader meets it: a cold load of the search page plus one query, in headless
// chromium on localhost, bytes on the wire and time to first results, for three sets of
// queries: one term, two terms, a pasted passage. Sites (or browsers) compared take turns
// query by query, so that a busy spell of the machine falls on all alike.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { CorpusSchema } from '../../src/lib/schema.ts';
import { searchNames } from '../../src/lib/search/build/search-names.ts';
import { readVocabulary } from '../../src/lib/vocabulary/read-vocabulary.ts';
import { normalizeForSearch } from '../../src/lib/search/text/normalize.ts';
import { hasTraditionalCharacters } from '../../src/lib/search/traditional/to-simplified.ts';
import { launchChromium } from '../../test-support/chromium.ts';
import { fontsConfigWithout } from '../../test-support/chinese-fonts.ts';
import { generatePassages, generateTermPairs } from '../../test-support/language-queries.ts';
import { generateQuerySet, referenceSearch } from '../../test-support/query-set.ts';
import { searchColdLoadsTakingTurns, type SearchLoad } from '../../test-support/search-cold-load.ts';
import { startStaticServer, type GzippedFiles } from '../../test-support/static-server.ts';
import { median, round } from '../../test-support/stats.ts';
import { writePagefindDefaults } from './pagefind-defaults.ts';

/** The two ways a host may send the files that are gzip on disk (test-support/static-server.ts). */
const HOSTS: GzippedFiles[] = ['content-encoded', 'as-bytes'];

export interface FirstResults {
  medianMs: number;
  maxMs: number;
}

export interface SearchFigures {
  queries: number;
  medianBytes: number;
  medianUncompressedBytes: number;
  maxBytes: number;
  firstResults: Record<'contentEncoded' | 'asBytes', FirstResults>;
  /** Loads of a query in simplified characters alone that downloaded the converter for traditional ones: none, if all is well. */
  converterLoads: number;
}

/** The sets: one term, two terms that occur in one reply, a passage pasted from a paragraph, a name, a form of a group of variants. */
export const QUERY_KINDS = ['oneTerm', 'twoTerms', 'quoted', 'names', 'variants'] as const;
export type QueryKind = (typeof QUERY_KINDS)[number];

/** The sets timed beside Pagefind's defaults: those the defaults can answer as a reader types them. */
export const COMPARED_KINDS = ['oneTerm', 'twoTerms', 'quoted'] as const;
export type ComparedKind = (typeof COMPARED_KINDS)[number];

/** Two-term queries and passages per set: as many as the one-term queries at 1×. */
const SET_SIZE = 21;

export function firstResults(loads: readonly SearchLoad[]): FirstResults {
  return {
    medianMs: round(median(loads.map((load) => load.firstResultsMs)), 0),
    maxMs: round(Math.max(...loads.map((load) => load.firstResultsMs)), 0),
  };
}

/** At most `count` items spread over a list: a sample of all its kinds. */
function spread<T>(items: readonly T[], count: number): T[] {
  const step = Math.max(1, Math.floor(items.length / count));
  return items.filter((_, index) => index % step === 0).slice(0, count);
}

/**
 * The seeded query sets of the corpus built in `dir`: every twelfth query of the test set
 * (21 at 1×), pairs of terms from one reply, passages of 16–40 characters, the forms
 * researchers use for names (核不扩散条约, 1540决议: each loads the names' labels) and forms of
 * the groups of variants the texts use (each loads its group's replies).
 */
export function benchQuerySets(dir: string): Record<QueryKind, string[]> {
  const corpus = CorpusSchema.parse(JSON.parse(readFileSync(`${dir}/data/corpus.json`, 'utf8')));
  const vocabulary = readVocabulary();
  const names = searchNames(corpus, vocabulary.forms);
  const cited = new Set(corpus.submissions.flatMap((each) => each.citations.instruments));
  const curated = vocabulary.forms
    .filter((entry) => entry.target.kind === 'instrument' && cited.has(entry.target.id))
    .map((entry) => entry.form);
  const forms = vocabulary.variants
    .flatMap((entry) => entry.forms)
    .filter((form) => referenceSearch(corpus, form).length > 0);
  return {
    oneTerm: generateQuerySet(corpus)
      .filter((_, index) => index % 12 === 0)
      .map((query) => query.query),
    twoTerms: generateTermPairs(corpus, names, SET_SIZE),
    quoted: generatePassages(corpus, names, SET_SIZE),
    names: [...spread(curated, SET_SIZE - 4), '1540决议', '安理会第1373号决议', '北约', 'Cuba'],
    variants: spread(forms, SET_SIZE),
  };
}

/** The one-term queries: what the font comparison and the budget test load. */
export function benchQueries(dir: string): string[] {
  return benchQuerySets(dir).oneTerm;
}

/** A pasted passage as a reader would type it into a search that has no quotation: without quotation marks. */
export function unquoted(query: string): string {
  return query.replace(/["“”「」『』]/g, '');
}

function searchFigures(encoded: readonly SearchLoad[], asBytes: readonly SearchLoad[]): SearchFigures {
  const simplifiedOnly = (load: SearchLoad) => !hasTraditionalCharacters(normalizeForSearch(load.query));
  return {
    queries: asBytes.length,
    // Bytes as the browser counts them on the wire; Pagefind's files are gzip either way.
    medianBytes: median(asBytes.map((load) => load.bytes)),
    medianUncompressedBytes: median(asBytes.map((load) => load.uncompressedBytes)),
    maxBytes: Math.max(...asBytes.map((load) => load.bytes)),
    firstResults: { contentEncoded: firstResults(encoded), asBytes: firstResults(asBytes) },
    converterLoads: [...encoded, ...asBytes].filter((load) => load.loadedConverter && simplifiedOnly(load)).length,
  };
}

/** A built site served both ways a host may send the gzip files, the two taking turns, for each set of queries. */
export async function measureSearch(browser: Browser, dir: string): Promise<Record<QueryKind, SearchFigures>> {
  const sets = benchQuerySets(dir);
  const servers = await Promise.all(HOSTS.map((host) => startStaticServer(dir, '/', host)));
  const figures: Partial<Record<QueryKind, SearchFigures>> = {};
  for (const kind of QUERY_KINDS) {
    const [encoded, asBytes] = await searchColdLoadsTakingTurns(
      servers.map((server) => ({ browser, siteUrl: server.url })),
      sets[kind],
    );
    figures[kind] = searchFigures(encoded!, asBytes!);
  }
  for (const server of servers) await server.close();
  return figures as Record<QueryKind, SearchFigures>;
}

export interface BesideDefaults {
  loads: number;
  contentEncoded: { ours: FirstResults; pagefindDefaults: FirstResults };
  asBytes: { ours: FirstResults; pagefindDefaults: FirstResults };
}

/**
 * Ours beside Pagefind's defaults on the same pages and machine (what the budget was set
 * against), for each set of queries: four sites, ours and the defaults under each host
 * setting, taking turns; the defaults are asked each query unquoted, as a reader types it.
 */
export async function measureBesideDefaults(
  browser: Browser,
  dir: string,
  defaultsDir: string,
): Promise<Record<ComparedKind, BesideDefaults>> {
  const sets = benchQuerySets(dir);
  await writePagefindDefaults(dir, defaultsDir);
  const servers = await Promise.all(
    HOSTS.flatMap((host) => [startStaticServer(dir, '/', host), startStaticServer(defaultsDir, '/', host)]),
  );
  const sites = servers.map((server, index) => ({
    browser,
    siteUrl: server.url,
    ...(index % 2 === 1 ? { ask: unquoted } : {}),
  }));
  const figures: Partial<Record<ComparedKind, BesideDefaults>> = {};
  for (const kind of COMPARED_KINDS) {
    const [oursEncoded, defaultsEncoded, oursAsBytes, defaultsAsBytes] = await searchColdLoadsTakingTurns(
      sites,
      sets[kind],
    );
    figures[kind] = {
      loads: oursEncoded!.length,
      contentEncoded: { ours: firstResults(oursEncoded!), pagefindDefaults: firstResults(defaultsEncoded!) },
      asBytes: { ours: firstResults(oursAsBytes!), pagefindDefaults: firstResults(defaultsAsBytes!) },
    };
  }
  for (const server of servers) await server.close();
  return figures as Record<ComparedKind, BesideDefaults>;
}

export interface FontComparison {
  loads: number;
  withFont: FirstResults;
  withoutFont: FirstResults;
}

/**
 * Time to first results in two chromiums taking turns, one with this machine's Chinese fonts
 * and one with them hidden (as on a machine with Debian's chromium package alone).
 */
export async function measureWithoutChineseFont(dir: string, fonts: readonly string[]): Promise<FontComparison> {
  const queries = benchQueries(dir);
  const config = join(tmpdir(), `bench-fonts-${process.pid}.conf`);
  writeFileSync(config, fontsConfigWithout(fonts));
  const browsers = await Promise.all([launchChromium(), launchChromium({ FONTCONFIG_FILE: config })]);
  const server = await startStaticServer(dir, '/', 'content-encoded');
  const [withFont, withoutFont] = await searchColdLoadsTakingTurns(
    browsers.map((browser) => ({ browser, siteUrl: server.url })),
    queries,
  );
  await server.close();
  for (const browser of browsers) await browser.close();
  rmSync(config);
  return { loads: queries.length, withFont: firstResults(withFont!), withoutFont: firstResults(withoutFont!) };
}
