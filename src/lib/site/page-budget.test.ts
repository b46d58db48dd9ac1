import { describe, expect, it } from 'vitest';
import { splitByBudget } from './page-budget.ts';

describe('splitByBudget', () => {
  it('shows the newest items in full while they fit, and lists the rest', () => {
    expect(splitByBudget([10, 20, 30, 40], (size) => size, 35)).toEqual({ full: [10, 20], listed: [30, 40] });
    expect(splitByBudget([10, 20], (size) => size, 35)).toEqual({ full: [10, 20], listed: [] });
  });

  it('shows the newest in full even when it alone is over the budget', () => {
    expect(splitByBudget([50, 10], (size) => size, 35)).toEqual({ full: [50], listed: [10] });
  });
});
