// The benchmark's results as the aligned plain-text table it prints.
import { formatTable, kilobytes } from '../../test-support/stats.ts';
import type { LighthouseScores } from '../../test-support/lighthouse.ts';
import type { ParseFigures } from './measure-parse.ts';
import type { BuildFigures } from './measure-build.ts';
import {
  COMPARED_KINDS,
  QUERY_KINDS,
  type BesideDefaults,
  type ComparedKind,
  type FontComparison,
  type QueryKind,
  type SearchFigures,
} from './measure-search.ts';

export interface BenchResults {
  date: string;
  machine: Record<string, unknown>;
  parse: ParseFigures;
  builds: Record<string, BuildFigures>;
  buildTimeRatio50x: number | null;
  /** Scale → query set → figures. */
  search: Record<string, Record<QueryKind, SearchFigures>>;
  /** Scale → query set → ours and Pagefind's defaults taking turns. */
  searchBesidePagefindDefaults: Record<string, Record<ComparedKind, BesideDefaults>>;
  /** The budgets the figures break (search-budgets.ts): none, if all is well. */
  searchBudgetFailures: string[];
  /** Pages over 60 KB at 1× or 100 KB at any scale, a 50× build over 30× the 1× (test-support/page-budgets.ts). */
  pageBudgetFailures: string[];
  searchWithoutChineseFont: FontComparison | null;
  lighthouse: Record<string, LighthouseScores>;
  lighthouseFailedAudits: Record<string, string[]>;
}

type Row = [string, string];

function buildRows(scale: string, figures: BuildFigures): Row[] {
  const css = Math.max(...Object.values(figures.cssBytesByKind));
  const js = Math.max(...Object.values(figures.jsBytesByKind));
  return [
    [`${scale}: replies / HTML pages`, `${figures.replies} / ${figures.htmlPages}`],
    [`${scale}: Astro build`, `${figures.astroBuildMs} ms`],
    [`${scale}: Pagefind index`, `${figures.pagefindMs} ms`],
    [
      `${scale}: dist/ size (Pagefind part)`,
      `${kilobytes(figures.distBytes)} KB (${kilobytes(figures.pagefindBytes)} KB)`,
    ],
    [`${scale}: largest HTML page`, `${kilobytes(figures.largestHtml.bytes)} KB ${figures.largestHtml.path}`],
    ...Object.entries(figures.largestByKind)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([kind, page]): Row => [`${scale}: largest ${kind} page`, `${kilobytes(page.bytes)} KB ${page.path}`]),
    [`${scale}: CSS / JS bytes per page (max)`, `${css} / ${js}`],
  ];
}

const KIND_LABELS: Record<QueryKind, string> = {
  oneTerm: 'one term',
  twoTerms: 'two terms',
  quoted: 'quoted passage',
  names: 'name',
  variants: 'form of a variant',
};

function searchRows(scale: string, kind: QueryKind, figures: SearchFigures): Row[] {
  const { contentEncoded, asBytes } = figures.firstResults;
  const bytes = `median ${kilobytes(figures.medianBytes)} KB gzipped (${kilobytes(figures.medianUncompressedBytes)} KB not), max ${kilobytes(figures.maxBytes)} KB`;
  const times = `median ${contentEncoded.medianMs} / ${asBytes.medianMs} ms, max ${contentEncoded.maxMs} / ${asBytes.maxMs} ms`;
  return [
    [`${scale}: search cold load + ${KIND_LABELS[kind]} (${figures.queries} queries)`, bytes],
    [`${scale}: ${KIND_LABELS[kind]}, first results, host sends gzip files encoded / as bytes`, times],
  ];
}

function comparisonRows(
  besides: Record<string, Record<ComparedKind, BesideDefaults>>,
  fonts: FontComparison | null,
): Row[] {
  const rows = Object.entries(besides).flatMap(([scale, beside]) =>
    COMPARED_KINDS.flatMap((kind) =>
      (['contentEncoded', 'asBytes'] as const).map((host): Row => {
        const { ours, pagefindDefaults } = beside[kind][host];
        const setting = host === 'contentEncoded' ? 'gzip files encoded' : 'gzip files as bytes';
        const ratio = (ours.medianMs / pagefindDefaults.medianMs).toFixed(2);
        return [
          `${scale}: ${KIND_LABELS[kind]}, first results, ours / Pagefind defaults (${setting}, ${beside[kind].loads} loads each)`,
          `median ${ours.medianMs} / ${pagefindDefaults.medianMs} ms (${ratio}×), max ${ours.maxMs} / ${pagefindDefaults.maxMs} ms`,
        ];
      }),
    ),
  );
  if (fonts)
    rows.push([
      `x1: first results with / without a Chinese font (gzip files encoded, ${fonts.loads} loads each)`,
      `median ${fonts.withFont.medianMs} / ${fonts.withoutFont.medianMs} ms, max ${fonts.withFont.maxMs} / ${fonts.withoutFont.maxMs} ms`,
    ]);
  return rows;
}

export function resultsTable(results: BenchResults): string {
  const { parse } = results;
  const rows: Row[] = [
    ...Object.entries(parse.perReportMs).map(([symbol, ms]): Row => [
      `parse ${symbol} (median of ${parse.runs})`,
      `${ms} ms`,
    ]),
    ['parse peak memory (RSS, child process)', `${parse.peakRssMB} MB`],
    ...Object.entries(results.builds).flatMap(([scale, figures]) => buildRows(scale, figures)),
    ...(results.buildTimeRatio50x === null ? [] : [['build time 50× / 1×', `${results.buildTimeRatio50x}`] as Row]),
    ...Object.entries(results.search).flatMap(([scale, figures]) =>
      QUERY_KINDS.flatMap((kind) => searchRows(scale, kind, figures[kind])),
    ),
    ...comparisonRows(results.searchBesidePagefindDefaults, results.searchWithoutChineseFont),
    ...Object.entries(results.lighthouse).map(([name, score]): Row => [
      `Lighthouse ${name}`,
      `perf ${score.performance} · a11y ${score.accessibility} · best practices ${score.bestPractices} · SEO ${score.seo}`,
    ]),
    ['search budgets', results.searchBudgetFailures.length === 0 ? 'all met' : results.searchBudgetFailures.join('; ')],
    [
      'page and build budgets',
      results.pageBudgetFailures.length === 0 ? 'all met' : results.pageBudgetFailures.join('; '),
    ],
  ];
  return formatTable(rows);
}
