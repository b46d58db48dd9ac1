// A cold load of /search/?q=… in headless chromium: bytes over the wire until the
// page is done, and when the first results showed. Shared by the bench and the tests.
import type { Browser } from 'playwright-core';

export interface SearchLoad {
  query: string;
  /** Bytes over the wire: text gzipped by the server, as static hosts send it; Pagefind's files come compressed already. */
  bytes: number;
  /** The same with nothing compressed by the server. */
  uncompressedBytes: number;
  firstResultsMs: number;
  /** Whether the page loaded the converter for traditional characters (/_astro/simplify.*.js). */
  loadedConverter: boolean;
}

export async function searchColdLoad(browser: Browser, siteUrl: string, query: string): Promise<SearchLoad> {
  // No request interception here (it would add a round trip through the test runner to every request).
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${siteUrl}search/?q=${encodeURIComponent(query)}`, { waitUntil: 'commit' });
  // Polling with plain evaluate: Playwright's selector engine would compete with the page for the main thread.
  for (
    let tries = 0;
    tries < 400 &&
    (await page.evaluate(() => document.querySelector<HTMLElement>('#search-results')?.dataset['state'])) !== 'done';
    tries++
  )
    await page.waitForTimeout(25);
  const load = await page.evaluate((query) => {
    const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const resources = performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    // transferSize is the body as sent plus about 300 bytes of headers; decodedBodySize the body after gzip is undone.
    const headers = (entry: PerformanceResourceTiming) => entry.transferSize - entry.encodedBodySize;
    const all = [navigation, ...resources];
    return {
      query,
      bytes: all.reduce((sum, entry) => sum + entry.transferSize, 0),
      uncompressedBytes: all.reduce((sum, entry) => sum + headers(entry) + entry.decodedBodySize, 0),
      firstResultsMs: performance.getEntriesByName('search:first-results')[0]!.startTime,
      loadedConverter: resources.some((entry) => /\/_astro\/simplify\.[^/]*\.js$/.test(new URL(entry.name).pathname)),
    };
  }, query);
  await context.close();
  return load;
}

/** Cold loads for a set of queries, after one warm-up load (a run's first chromium page is slower than any after it). */
export async function searchColdLoads(
  browser: Browser,
  siteUrl: string,
  queries: readonly string[],
): Promise<SearchLoad[]> {
  return (await searchColdLoadsTakingTurns([{ browser, siteUrl }], queries))[0]!;
}

/** A site as one chromium loads it. */
export interface LoadedSite {
  browser: Browser;
  siteUrl: string;
  /** The query as this site is asked it (another site's search may want it unquoted); as given if absent. */
  ask?: (query: string) => string;
}

/**
 * Cold loads of several sites (or one site in several browsers) for the same queries, taking
 * turns (A, B, next query…), so that a busy spell of the machine falls on all of them alike: for comparing.
 */
export async function searchColdLoadsTakingTurns(
  sites: readonly LoadedSite[],
  queries: readonly string[],
): Promise<SearchLoad[][]> {
  const asked = (site: LoadedSite, query: string) => site.ask?.(query) ?? query;
  for (const site of sites) await searchColdLoad(site.browser, site.siteUrl, asked(site, queries[0] ?? '1540'));
  const loads: SearchLoad[][] = sites.map(() => []);
  for (const query of queries)
    for (const [index, site] of sites.entries())
      loads[index]!.push(await searchColdLoad(site.browser, site.siteUrl, asked(site, query)));
  return loads;
}
