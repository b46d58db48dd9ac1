// The search's budgets (issue 13), checked on the benchmark's figures: what failed, in words;
// none if all is well. `npm run bench` exits 1 when any fails.
import { kilobytes } from '../../test-support/stats.ts';
import { QUERY_KINDS, type BesideDefaults, type QueryKind, type SearchFigures } from './measure-search.ts';

/** A cold search page plus a one-term query, median bytes, at 1× and 50×. */
export const ONE_TERM_BYTES = 150 * 1024;
/** A two-term query's median bytes against a one-term query's, at the same scale. */
export const TWO_TERMS_RATIO = 1.5;

const HOST_SETTINGS = { contentEncoded: 'gzip files encoded', asBytes: 'gzip files as bytes' } as const;

function bytesFailures(scale: string, figures: Record<QueryKind, SearchFigures>): string[] {
  const failures: string[] = [];
  const { oneTerm, twoTerms } = figures;
  if ((scale === 'x1' || scale === 'x50') && oneTerm.medianBytes > ONE_TERM_BYTES)
    failures.push(`${scale}: one-term queries, median ${kilobytes(oneTerm.medianBytes)} KB > 150 KB`);
  if (twoTerms.medianBytes > TWO_TERMS_RATIO * oneTerm.medianBytes)
    failures.push(
      `${scale}: two-term queries, median ${kilobytes(twoTerms.medianBytes)} KB > ${TWO_TERMS_RATIO} × one-term ${kilobytes(oneTerm.medianBytes)} KB`,
    );
  for (const kind of QUERY_KINDS)
    if (figures[kind].converterLoads > 0)
      failures.push(
        `${scale}: ${kind} queries in simplified characters loaded the converter (${figures[kind].converterLoads} loads)`,
      );
  return failures;
}

function defaultsFailures(beside: Record<QueryKind, BesideDefaults>): string[] {
  return QUERY_KINDS.flatMap((kind) =>
    (Object.keys(HOST_SETTINGS) as (keyof typeof HOST_SETTINGS)[]).flatMap((host) => {
      const { ours, pagefindDefaults } = beside[kind][host];
      return ours.medianMs < pagefindDefaults.medianMs
        ? []
        : [
            `x1: ${kind} (${HOST_SETTINGS[host]}), first results median ${ours.medianMs} ms, not faster than Pagefind's defaults' ${pagefindDefaults.medianMs} ms`,
          ];
    }),
  );
}

/** Every budget the figures break. */
export function searchBudgetFailures(
  search: Record<string, Record<QueryKind, SearchFigures>>,
  beside: Record<QueryKind, BesideDefaults>,
): string[] {
  return [
    ...Object.entries(search).flatMap(([scale, figures]) => bytesFailures(scale, figures)),
    ...defaultsFailures(beside),
  ];
}
