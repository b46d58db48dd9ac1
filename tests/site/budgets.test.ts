// Size budgets, read from the built files: what a reader downloads stays small.
import { describe, expect, it } from 'vitest';
import { analyzeDist } from '../../test-support/measure-dist.ts';
import { pageBudgetFailures } from '../../test-support/page-budgets.ts';

describe('budgets of the built site', () => {
  const figures = analyzeDist('dist');

  it('keeps every page within 60 KB of HTML with today’s reports, the budget npm run bench checks', () => {
    expect(Object.keys(figures.largestByKind)).toEqual(expect.arrayContaining(['home', 'respondent', 'search']));
    expect(pageBudgetFailures({ x1: figures })).toEqual([]);
  });

  it('keeps all CSS a page loads under 20 KB', () => {
    expect(Math.max(...Object.values(figures.cssBytesByKind))).toBeLessThan(20 * 1024);
  });

  it('ships reading pages no framework: at most a few KB of progressive-enhancement script', () => {
    for (const kind of ['home', 'report', 'respondent', 'reply', 'compare', 'index', 'editorial'] as const) {
      expect(figures.jsBytesByKind[kind] ?? 0, kind).toBeLessThan(4 * 1024);
    }
  });
});
