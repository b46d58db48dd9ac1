import { describe, expect, it } from 'vitest';
import { buildTimeBudgetFailures, pageBudgetFailures } from './page-budgets.ts';

const page = (path: string, kilobytes: number) => ({ path, bytes: kilobytes * 1024 });

describe('pageBudgetFailures', () => {
  it('finds nothing wrong when every page is within 60 KB at 1× and 100 KB beyond', () => {
    expect(
      pageBudgetFailures({
        x1: { largestByKind: { home: page('index.html', 60), respondent: page('states/cuba/index.html', 44) } },
        x50: { largestByKind: { respondent: page('organizations/interpol/index.html', 100) } },
      }),
    ).toEqual([]);
  });

  it('names each page over its budget, with its scale and size', () => {
    expect(
      pageBudgetFailures({
        x1: { largestByKind: { search: page('search/index.html', 68.7), home: page('index.html', 36) } },
        x10: { largestByKind: { resolution: page('resolutions/s-res-1540-2004/index.html', 99) } },
        x50: { largestByKind: { respondent: page('organizations/interpol/index.html', 1404) } },
      }),
    ).toEqual([
      'x1: search/index.html is 69 KB, over 60 KB',
      'x50: organizations/interpol/index.html is 1404 KB, over 100 KB',
    ]);
  });
});

describe('buildTimeBudgetFailures', () => {
  it('allows a 50× build up to 30 times the 1× build, and says when it took longer', () => {
    expect(buildTimeBudgetFailures(26.5)).toEqual([]);
    expect(buildTimeBudgetFailures(null)).toEqual([]);
    expect(buildTimeBudgetFailures(31.2)).toEqual(['the 50× build took 31.2× the 1× build, over 30×']);
  });
});
