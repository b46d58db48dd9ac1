import { describe, expect, it } from 'vitest';
import type { BesideDefaults, ComparedKind, QueryKind, SearchFigures } from './measure-search.ts';
import { searchBudgetFailures } from './search-budgets.ts';

const times = (medianMs: number) => ({ medianMs, maxMs: medianMs * 2 });

const figures = (kilobytes: number, converterLoads = 0): SearchFigures => ({
  queries: 21,
  medianBytes: kilobytes * 1024,
  medianUncompressedBytes: kilobytes * 2048,
  maxBytes: kilobytes * 1536,
  firstResults: { contentEncoded: times(200), asBytes: times(220) },
  converterLoads,
});

const scale = (
  oneTerm: number,
  twoTerms: number,
  quoted = 300,
  names = oneTerm + 5,
): Record<QueryKind, SearchFigures> => ({
  oneTerm: figures(oneTerm),
  twoTerms: figures(twoTerms),
  quoted: figures(quoted),
  names: figures(names),
  variants: figures(oneTerm + 3),
});

const beside = (ours: number, defaults: number): BesideDefaults => ({
  loads: 21,
  contentEncoded: { ours: times(ours), pagefindDefaults: times(defaults) },
  asBytes: { ours: times(ours), pagefindDefaults: times(defaults) },
});

const FASTER: Record<ComparedKind, BesideDefaults> = {
  oneTerm: beside(200, 300),
  twoTerms: beside(210, 300),
  quoted: beside(210, 300),
};

describe('searchBudgetFailures', () => {
  it('finds nothing wrong within every budget', () => {
    expect(
      searchBudgetFailures(
        { x1: scale(115, 130), x10: scale(160, 200), x50: scale(148, 210) },
        { x1: FASTER, x50: FASTER },
      ),
    ).toEqual([]);
  });

  it('names a one-term median over 150 KB at 1× or 50×, not at 10×', () => {
    const failures = searchBudgetFailures({ x1: scale(151, 160), x10: scale(170, 200), x50: scale(186, 200) }, {});
    expect(failures).toEqual([
      'x1: one-term queries, median 151 KB > 150 KB',
      'x50: one-term queries, median 186 KB > 150 KB',
    ]);
  });

  it('names two terms costing more than 1.5 times one term, and names or variants more than 10 KB above it', () => {
    expect(searchBudgetFailures({ x50: scale(140, 211, 300, 151) }, {})).toEqual([
      'x50: two-term queries, median 211 KB > 1.5 × one-term 140 KB',
      'x50: names queries, median 151 KB > one-term 140 KB + 10 KB',
    ]);
  });

  it('names every loop, at every scale, in which ours took more than 0.7 times the time of Pagefind’s defaults', () => {
    const failures = searchBudgetFailures(
      { x1: scale(115, 130) },
      { x1: FASTER, x50: { ...FASTER, quoted: beside(211, 300) } },
    );
    expect(failures).toHaveLength(2);
    expect(failures[0]).toBe(
      "x50: quoted (gzip files encoded), first results median 211 ms > 0.7 × Pagefind's defaults' 300 ms",
    );
  });

  it('names a simplified-character query that loaded the converter', () => {
    const x1 = { ...scale(115, 130), oneTerm: figures(115, 1) };
    expect(searchBudgetFailures({ x1 }, {})).toEqual([
      'x1: oneTerm queries in simplified characters loaded the converter (1 loads)',
    ]);
  });
});
