// The pages' budgets (issue 15), checked on the benchmark's figures: every HTML page at most
// 100 KB at any scale, and at most 60 KB with today's reports (1×), uncompressed. A reader on a
// phone waits for every byte of a page before it can read it.
import type { PageKind } from './page-kinds.ts';

export const PAGE_BUDGET_BYTES = 100 * 1024;
export const PAGE_BUDGET_TODAY_BYTES = 60 * 1024;

type LargestByKind = Partial<Record<PageKind, { path: string; bytes: number }>>;

/** "x50: organizations/interpol/index.html is 1404 KB, over 100 KB" for each kind's largest page over its budget. */
export function pageBudgetFailures(scales: Record<string, { largestByKind: LargestByKind }>): string[] {
  return Object.entries(scales).flatMap(([scale, { largestByKind }]) => {
    const budget = scale === 'x1' ? PAGE_BUDGET_TODAY_BYTES : PAGE_BUDGET_BYTES;
    return Object.values(largestByKind)
      .filter((page) => page.bytes > budget)
      .map((page) => `${scale}: ${page.path} is ${Math.round(page.bytes / 1024)} KB, over ${budget / 1024} KB`);
  });
}

/** The 50× build may take at most this many times the 1× build: about linear in the number of replies. */
export const BUILD_TIME_RATIO_BUDGET = 30;

export function buildTimeBudgetFailures(ratio50x: number | null): string[] {
  return ratio50x !== null && ratio50x > BUILD_TIME_RATIO_BUDGET
    ? [`the 50× build took ${ratio50x}× the 1× build, over ${BUILD_TIME_RATIO_BUDGET}×`]
    : [];
}
