// The search's budgets, checked on the benchmark's figures: what failed, in words; none if all is
// well. `npm run bench` exits 1 when any fails.
import { kilobytes } from '../../test-support/stats.ts';
import {
  COMPARED_KINDS,
  QUERY_KINDS,
  type BesideDefaults,
  type ComparedKind,
  type QueryKind,
  type SearchFigures,
} from './measure-search.ts';

/** A cold search page plus a one-term query, median bytes, at 1× and 50×. */
export const ONE_TERM_BYTES = 150 * 1024;
/** A two-term query's median bytes against a one-term query's, at the same scale. */
export const TWO_TERMS_RATIO = 1.5;
/** What a name or a form of a group of variants may cost above a one-term query, median bytes. */
export const NAMES_AND_VARIANTS_EXTRA = 10 * 1024;
/** Our time to first results against Pagefind's defaults', median, in every loop (issue 19). */
export const BESIDE_DEFAULTS_RATIO = 0.7;

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
  for (const kind of ['names', 'variants'] as const)
    if (figures[kind].medianBytes > oneTerm.medianBytes + NAMES_AND_VARIANTS_EXTRA)
      failures.push(
        `${scale}: ${kind} queries, median ${kilobytes(figures[kind].medianBytes)} KB > one-term ${kilobytes(oneTerm.medianBytes)} KB + 10 KB`,
      );
  for (const kind of QUERY_KINDS)
    if (figures[kind].converterLoads > 0)
      failures.push(
        `${scale}: ${kind} queries in simplified characters loaded the converter (${figures[kind].converterLoads} loads)`,
      );
  return failures;
}

function defaultsFailures(scale: string, beside: Record<ComparedKind, BesideDefaults>): string[] {
  return COMPARED_KINDS.flatMap((kind) =>
    (Object.keys(HOST_SETTINGS) as (keyof typeof HOST_SETTINGS)[]).flatMap((host) => {
      const { ours, pagefindDefaults } = beside[kind][host];
      return ours.medianMs <= BESIDE_DEFAULTS_RATIO * pagefindDefaults.medianMs
        ? []
        : [
            `${scale}: ${kind} (${HOST_SETTINGS[host]}), first results median ${ours.medianMs} ms > ${BESIDE_DEFAULTS_RATIO} × Pagefind's defaults' ${pagefindDefaults.medianMs} ms`,
          ];
    }),
  );
}

/** Every budget the figures break. `beside`: scale → ours and Pagefind's defaults taking turns. */
export function searchBudgetFailures(
  search: Record<string, Record<QueryKind, SearchFigures>>,
  beside: Record<string, Record<ComparedKind, BesideDefaults>>,
): string[] {
  return [
    ...Object.entries(search).flatMap(([scale, figures]) => bytesFailures(scale, figures)),
    ...Object.entries(beside).flatMap(([scale, figures]) => defaultsFailures(scale, figures)),
  ];
}
