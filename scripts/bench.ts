// npm run bench: build the real corpus and fictitious 10× and 50× corpora, measure
// parse, build, sizes, search and Lighthouse, print a table and write bench/results.json.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem, platform, release } from 'node:os';
import { round } from '../test-support/stats.ts';
import { measureParse } from './bench/measure-parse.ts';
import { measureBuild, type BuildFigures } from './bench/measure-build.ts';
import { writeSyntheticCorpus } from './bench/write-synthetic.ts';
import { runLighthouse } from '../test-support/lighthouse.ts';
import { startStaticServer } from '../test-support/static-server.ts';
import { launchChromium } from '../test-support/chromium.ts';
import { chineseFontFiles } from '../test-support/chinese-fonts.ts';
import {
  measureBesideDefaults,
  measureSearch,
  measureWithoutChineseFont,
  type QueryKind,
  type SearchFigures,
} from './bench/measure-search.ts';
import { resultsTable, type BenchResults } from './bench/results-table.ts';
import { searchBudgetFailures } from './bench/search-budgets.ts';
import { buildTimeBudgetFailures, pageBudgetFailures } from '../test-support/page-budgets.ts';

const SCALES = (process.env.BENCH_SCALES ?? '1,10,50').split(',').map(Number);
const outDir = (scale: number) => `bench/out/x${scale}`;

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

function buildScales(): Record<string, BuildFigures> {
  const builds: Record<string, BuildFigures> = {};
  for (const scale of SCALES) {
    const entries = scale === 1 ? 'content/entries' : writeSyntheticCorpus(scale);
    const figures = measureBuild(entries, outDir(scale));
    builds[`x${scale}`] = figures;
    console.log(`built ${scale}×: ${figures.replies} replies in ${figures.totalBuildMs} ms`);
  }
  return builds;
}

async function scoreLighthouse(): Promise<Awaited<ReturnType<typeof runLighthouse>>> {
  const server = await startStaticServer(outDir(1), '/');
  const pages = Object.fromEntries(
    Object.entries(LIGHTHOUSE_PAGES)
      .filter(([, path]) => existsSync(`${outDir(1)}/${path.replace(/\?.*$/, '')}index.html`))
      .map(([name, path]) => [name, `${server.url}${path}`]),
  );
  try {
    // A single run of a page varies with the machine's load (0.99 against 1.0 on the same build): the median of five
    // runs of each page, as Lighthouse's own guidance on variability advises (docs/variability.md: five runs' median
    // halves the spread). The home page's 0.99s came from the browser's first layout of Chinese text (35-70 ms however
    // much of the page is cut away, measured 2026-12-07) and late first paints, not from the page's size.
    return await runLighthouse(pages, Object.fromEntries(Object.keys(pages).map((name) => [name, 5])));
  } finally {
    await server.close();
  }
}

/** Scales at which ours is timed beside Pagefind's defaults (the issue's 0.7× holds at both). */
const COMPARED_SCALES = [1, 50];

async function measureSearches(): Promise<Pick<BenchResults, 'search' | 'searchBesidePagefindDefaults'>> {
  const browser = await launchChromium();
  try {
    const search: Record<string, Record<QueryKind, SearchFigures>> = {};
    for (const scale of SCALES) search[`x${scale}`] = await measureSearch(browser, outDir(scale));
    const searchBesidePagefindDefaults: BenchResults['searchBesidePagefindDefaults'] = {};
    for (const scale of SCALES.filter((each) => COMPARED_SCALES.includes(each)))
      searchBesidePagefindDefaults[`x${scale}`] = await measureBesideDefaults(
        browser,
        outDir(scale),
        `bench/out/pagefind-defaults-x${scale}`,
      );
    return { search, searchBesidePagefindDefaults };
  } finally {
    await browser.close();
  }
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
  const builds = buildScales();
  const { scores: lighthouse, failedAudits } = await scoreLighthouse();
  const searches = await measureSearches();
  const fonts =
    machine.chineseFonts.length > 0 ? await measureWithoutChineseFont(outDir(1), machine.chineseFonts) : null;
  const fifty = builds['x50'];
  const buildTimeRatio50x = fifty ? round(fifty.totalBuildMs / builds['x1']!.totalBuildMs, 2) : null;
  const results: BenchResults = {
    date: new Date().toISOString(),
    machine,
    parse,
    builds,
    buildTimeRatio50x,
    ...searches,
    searchBudgetFailures: searchBudgetFailures(searches.search, searches.searchBesidePagefindDefaults),
    pageBudgetFailures: [...pageBudgetFailures(builds), ...buildTimeBudgetFailures(buildTimeRatio50x)],
    searchWithoutChineseFont: fonts,
    lighthouse,
    lighthouseFailedAudits: failedAudits,
  };
  console.log('\n' + resultsTable(results));
  mkdirSync('bench', { recursive: true });
  writeFileSync('bench/results.json', JSON.stringify(results, null, 2) + '\n');
  console.log('\nwrote bench/results.json');
  const failures = [...results.searchBudgetFailures, ...results.pageBudgetFailures];
  if (failures.length > 0) {
    console.error(`\nbudgets not met:\n${failures.map((failure) => `  ${failure}`).join('\n')}`);
    process.exitCode = 1;
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
