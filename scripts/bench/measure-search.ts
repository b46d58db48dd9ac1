// Search as a reader meets it: a cold load of the search page plus one query, in headless
// chromium on localhost, bytes on the wire and time to first results. Sites (or browsers)
// compared take turns query by query, so that a busy spell of the machine falls on all alike.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { CorpusSchema } from '../../src/lib/schema.ts';
import { launchChromium } from '../../test-support/chromium.ts';
import { fontsConfigWithout } from '../../test-support/chinese-fonts.ts';
import { generateQuerySet } from '../../test-support/query-set.ts';
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
}

export function firstResults(loads: readonly SearchLoad[]): FirstResults {
  return {
    medianMs: round(median(loads.map((load) => load.firstResultsMs)), 0),
    maxMs: round(Math.max(...loads.map((load) => load.firstResultsMs)), 0),
  };
}

/** Every twelfth query of the seeded set of the corpus built in `dir`: 21 queries at 1×. */
export function benchQueries(dir: string): string[] {
  const corpus = CorpusSchema.parse(JSON.parse(readFileSync(`${dir}/data/corpus.json`, 'utf8')));
  return generateQuerySet(corpus)
    .filter((_, index) => index % 12 === 0)
    .map((query) => query.query);
}

/** A built site served both ways a host may send the gzip files, the two taking turns. */
export async function measureSearch(browser: Browser, dir: string): Promise<SearchFigures> {
  const queries = benchQueries(dir);
  const servers = await Promise.all(HOSTS.map((host) => startStaticServer(dir, '/', host)));
  const [encoded, asBytes] = await searchColdLoadsTakingTurns(
    servers.map((server) => ({ browser, siteUrl: server.url })),
    queries,
  );
  for (const server of servers) await server.close();
  return {
    queries: queries.length,
    // Bytes as the browser counts them on the wire; Pagefind's files are gzip either way.
    medianBytes: median(asBytes!.map((load) => load.bytes)),
    medianUncompressedBytes: median(asBytes!.map((load) => load.uncompressedBytes)),
    maxBytes: Math.max(...asBytes!.map((load) => load.bytes)),
    firstResults: { contentEncoded: firstResults(encoded!), asBytes: firstResults(asBytes!) },
  };
}

export interface BesideDefaults {
  loads: number;
  contentEncoded: { ours: FirstResults; pagefindDefaults: FirstResults };
  asBytes: { ours: FirstResults; pagefindDefaults: FirstResults };
}

/**
 * Ours beside Pagefind's defaults on the same pages and machine (what the budget was set
 * against): four sites, ours and the defaults under each host setting, taking turns twice over.
 */
export async function measureBesideDefaults(
  browser: Browser,
  dir: string,
  defaultsDir: string,
): Promise<BesideDefaults> {
  const queries = benchQueries(dir);
  await writePagefindDefaults(dir, defaultsDir);
  const servers = await Promise.all(
    HOSTS.flatMap((host) => [startStaticServer(dir, '/', host), startStaticServer(defaultsDir, '/', host)]),
  );
  const [oursEncoded, defaultsEncoded, oursAsBytes, defaultsAsBytes] = await searchColdLoadsTakingTurns(
    servers.map((server) => ({ browser, siteUrl: server.url })),
    [...queries, ...queries],
  );
  for (const server of servers) await server.close();
  return {
    loads: oursEncoded!.length,
    contentEncoded: { ours: firstResults(oursEncoded!), pagefindDefaults: firstResults(defaultsEncoded!) },
    asBytes: { ours: firstResults(oursAsBytes!), pagefindDefaults: firstResults(defaultsAsBytes!) },
  };
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
