// npm run bench: build the real corpus and fictitious 10× and 50× corpora, measure
// parse, build, sizes and Lighthouse, print a table and write bench/results.json.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, platform, release, tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatTable, kilobytes, round } from '../test-support/stats.ts';
import { measureParse } from './bench/measure-parse.ts';
import { measureBuild, type BuildFigures } from './bench/measure-build.ts';
import { writeSyntheticCorpus } from './bench/write-synthetic.ts';
import { runLighthouse } from '../test-support/lighthouse.ts';
import { startStaticServer, type GzippedFiles } from '../test-support/static-server.ts';
import { launchChromium } from '../test-support/chromium.ts';
import { searchColdLoadsTakingTurns, type SearchLoad } from '../test-support/search-cold-load.ts';
import { writePagefindDefaults } from './bench/pagefind-defaults.ts';
import { generateQuerySet } from '../test-support/query-set.ts';
import { median } from '../test-support/stats.ts';
import { CorpusSchema } from '../src/lib/schema.ts';
import { chineseFontFiles, fontsConfigWithout } from '../test-support/chinese-fonts.ts';

const SCALES = (process.env.BENCH_SCALES ?? '1,10,50').split(',').map(Number);

/** The two ways a host may send the files that are gzip on disk (tests/site/static-server.ts). */
const HOSTS: GzippedFiles[] = ['content-encoded', 'as-bytes'];

interface FirstResults {
  medianMs: number;
  maxMs: number;
}

interface SearchFigures {
  queries: number;
  medianBytes: number;
  medianUncompressedBytes: number;
  maxBytes: number;
  firstResults: Record<'contentEncoded' | 'asBytes', FirstResults>;
}

function firstResults(loads: readonly SearchLoad[]): FirstResults {
  return {
    medianMs: round(median(loads.map((load) => load.firstResultsMs)), 0),
    maxMs: round(Math.max(...loads.map((load) => load.firstResultsMs)), 0),
  };
}

const machine = {
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  memoryGB: Math.round(totalmem() / 1024 ** 3),
  os: `${platform()} ${release()}`,
  node: process.version,
  /** The font files chromium can draw Chinese with; times without one are not a reader's. */
  chineseFonts: chineseFontFiles(),
};

/** Pages Lighthouse scores, where the build has them. */
const LIGHTHOUSE_PAGES: Record<string, string> = {
  home: '',
  respondent: 'states/el-salvador/',
  report: 'reports/a-73-112/',
  instrument: 'instruments/cwc/',
  search: 'search/?q=1540',
};

/**
 * Time to first results at 1× in two chromiums taking turns, one with the Chinese fonts of this
 * machine and one with them hidden (as on a machine with Debian's chromium package alone).
 */
async function timeWithoutChineseFont(
  queries: readonly string[],
): Promise<{ loads: number; withFont: FirstResults; withoutFont: FirstResults }> {
  const config = join(tmpdir(), `bench-fonts-${process.pid}.conf`);
  writeFileSync(config, fontsConfigWithout(machine.chineseFonts));
  const browsers = await Promise.all([launchChromium(), launchChromium({ FONTCONFIG_FILE: config })]);
  const server = await startStaticServer('bench/out/x1', '/', 'content-encoded');
  const [withFont, withoutFont] = await searchColdLoadsTakingTurns(
    browsers.map((browser) => ({ browser, siteUrl: server.url })),
    queries,
  );
  await server.close();
  for (const browser of browsers) await browser.close();
  rmSync(config);
  return { loads: queries.length, withFont: firstResults(withFont!), withoutFont: firstResults(withoutFont!) };
}

async function main(): Promise<void> {
  console.log(
    `Benchmark on ${machine.cpu} (${machine.cores} cores, ${machine.memoryGB} GB), ${machine.os}, Node ${machine.node}\n`,
  );
  if (machine.chineseFonts.length === 0)
    console.warn(
      "No Chinese font here (fc-list :lang=zh): chromium will draw every Chinese character as a missing glyph, slower than on a reader's machine. On Debian: apt-get install fonts-noto-cjk.\n",
    );
  const parse = measureParse();

  const builds: Record<string, BuildFigures> = {};
  for (const scale of SCALES) {
    const entries = scale === 1 ? 'content/entries' : writeSyntheticCorpus(scale);
    builds[`x${scale}`] = measureBuild(entries, `bench/out/x${scale}`);
    console.log(`built ${scale}×: ${builds[`x${scale}`]!.replies} replies in ${builds[`x${scale}`]!.totalBuildMs} ms`);
  }

  const server = await startStaticServer('bench/out/x1', '/');
  const pages = Object.fromEntries(
    Object.entries(LIGHTHOUSE_PAGES)
      .filter(([, path]) => existsSync(`bench/out/x1/${path.replace(/\?.*$/, '')}index.html`))
      .map(([name, path]) => [name, `${server.url}${path}`]),
  );
  const { scores: lighthouse, failedAudits } = await runLighthouse(pages);
  await server.close();

  // Search at each scale: cold page load plus one query, in headless chromium on localhost, with
  // the host sending Pagefind's gzip files as Content-Encoding (README: hosting) and as plain
  // bytes, the two taking turns query by query so that the machine's busy spells fall on both.
  const search: Record<string, SearchFigures> = {};
  const browser = await launchChromium();
  for (const scale of SCALES) {
    const dir = `bench/out/x${scale}`;
    const corpus = CorpusSchema.parse(JSON.parse(readFileSync(`${dir}/data/corpus.json`, 'utf8')));
    const queries = generateQuerySet(corpus)
      .filter((_, index) => index % 12 === 0)
      .map((query) => query.query);
    const servers = await Promise.all(HOSTS.map((host) => startStaticServer(dir, '/', host)));
    const [encoded, asBytes] = await searchColdLoadsTakingTurns(
      servers.map((server) => ({ browser, siteUrl: server.url })),
      queries,
    );
    for (const server of servers) await server.close();
    search[`x${scale}`] = {
      queries: queries.length,
      // Bytes as the browser counts them on the wire; Pagefind's files are gzip either way.
      medianBytes: median(asBytes!.map((load) => load.bytes)),
      medianUncompressedBytes: median(asBytes!.map((load) => load.uncompressedBytes)),
      maxBytes: Math.max(...asBytes!.map((load) => load.bytes)),
      firstResults: { contentEncoded: firstResults(encoded!), asBytes: firstResults(asBytes!) },
    };
  }
  // Pagefind's defaults on the 1× pages, this machine: what the budget was set against. The four
  // sites (ours and the defaults, each host setting) take turns query by query, twice over.
  const x1Corpus = CorpusSchema.parse(JSON.parse(readFileSync('bench/out/x1/data/corpus.json', 'utf8')));
  const x1Queries = generateQuerySet(x1Corpus)
    .filter((_, index) => index % 12 === 0)
    .map((query) => query.query);
  await writePagefindDefaults('bench/out/x1', 'bench/out/pagefind-defaults');
  const sites = HOSTS.flatMap((host) => [
    startStaticServer('bench/out/x1', '/', host),
    startStaticServer('bench/out/pagefind-defaults', '/', host),
  ]);
  const besideServers = await Promise.all(sites);
  const [oursEncoded, defaultsEncoded, oursAsBytes, defaultsAsBytes] = await searchColdLoadsTakingTurns(
    besideServers.map((server) => ({ browser, siteUrl: server.url })),
    [...x1Queries, ...x1Queries],
  );
  for (const server of besideServers) await server.close();
  const searchBesidePagefindDefaults = {
    loads: oursEncoded!.length,
    contentEncoded: { ours: firstResults(oursEncoded!), pagefindDefaults: firstResults(defaultsEncoded!) },
    asBytes: { ours: firstResults(oursAsBytes!), pagefindDefaults: firstResults(defaultsAsBytes!) },
  };
  await browser.close();
  const searchWithoutChineseFont = machine.chineseFonts.length > 0 ? await timeWithoutChineseFont(x1Queries) : null;

  const one = builds['x1']!;
  const fifty = builds['x50'];
  const results = {
    date: new Date().toISOString(),
    machine,
    parse,
    builds,
    buildTimeRatio50x: fifty ? round(fifty.totalBuildMs / one.totalBuildMs, 2) : null,
    search,
    searchBesidePagefindDefaults,
    searchWithoutChineseFont,
    lighthouse,
    lighthouseFailedAudits: failedAudits,
  };

  const rows: [string, string][] = [
    ...Object.entries(parse.perReportMs).map(([symbol, ms]): [string, string] => [
      `parse ${symbol} (median of ${parse.runs})`,
      `${ms} ms`,
    ]),
    ['parse peak memory (RSS, child process)', `${parse.peakRssMB} MB`],
  ];
  for (const [scale, figures] of Object.entries(builds)) {
    rows.push(
      [`${scale}: replies / HTML pages`, `${figures.replies} / ${figures.htmlPages}`],
      [`${scale}: Astro build`, `${figures.astroBuildMs} ms`],
      [`${scale}: Pagefind index`, `${figures.pagefindMs} ms`],
      [
        `${scale}: dist/ size (Pagefind part)`,
        `${kilobytes(figures.distBytes)} KB (${kilobytes(figures.pagefindBytes)} KB)`,
      ],
      [`${scale}: largest HTML page`, `${kilobytes(figures.largestHtml.bytes)} KB ${figures.largestHtml.path}`],
      [`${scale}: largest respondent page`, `${kilobytes(figures.largestByKind.respondent?.bytes ?? 0)} KB`],
      [
        `${scale}: CSS / JS bytes per page (max)`,
        `${Math.max(...Object.values(figures.cssBytesByKind))} / ${Math.max(...Object.values(figures.jsBytesByKind))}`,
      ],
    );
  }
  if (results.buildTimeRatio50x !== null) rows.push(['build time 50× / 1×', `${results.buildTimeRatio50x}`]);
  for (const [scale, figures] of Object.entries(search)) {
    const { contentEncoded, asBytes } = figures.firstResults;
    rows.push(
      [
        `${scale}: search cold load + query (${figures.queries} queries)`,
        `median ${kilobytes(figures.medianBytes)} KB gzipped (${kilobytes(figures.medianUncompressedBytes)} KB not), max ${kilobytes(figures.maxBytes)} KB`,
      ],
      [
        `${scale}: first results, host sends gzip files encoded / as bytes`,
        `median ${contentEncoded.medianMs} / ${asBytes.medianMs} ms, max ${contentEncoded.maxMs} / ${asBytes.maxMs} ms`,
      ],
    );
  }
  const beside = searchBesidePagefindDefaults;
  for (const host of ['contentEncoded', 'asBytes'] as const) {
    const { ours, pagefindDefaults } = beside[host];
    rows.push([
      `x1: first results, ours / Pagefind defaults (${host === 'contentEncoded' ? 'gzip files encoded' : 'gzip files as bytes'}, ${beside.loads} loads each)`,
      `median ${ours.medianMs} / ${pagefindDefaults.medianMs} ms, max ${ours.maxMs} / ${pagefindDefaults.maxMs} ms`,
    ]);
  }
  if (searchWithoutChineseFont) {
    const { withFont, withoutFont, loads } = searchWithoutChineseFont;
    rows.push([
      `x1: first results with / without a Chinese font (gzip files encoded, ${loads} loads each)`,
      `median ${withFont.medianMs} / ${withoutFont.medianMs} ms, max ${withFont.maxMs} / ${withoutFont.maxMs} ms`,
    ]);
  }
  for (const [name, score] of Object.entries(lighthouse)) {
    rows.push([
      `Lighthouse ${name}`,
      `perf ${score.performance} · a11y ${score.accessibility} · best practices ${score.bestPractices} · SEO ${score.seo}`,
    ]);
  }
  console.log('\n' + formatTable(rows));
  mkdirSync('bench', { recursive: true });
  writeFileSync('bench/results.json', JSON.stringify(results, null, 2) + '\n');
  console.log('\nwrote bench/results.json');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
