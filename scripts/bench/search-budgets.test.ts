import { describe, expect, it } from 'vitest';
import type { BesideDefaults, QueryKind, SearchFigures } from './measure-search.ts';
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

const scale = (oneTerm: number, twoTerms: number, quoted = 300): Record<QueryKind, SearchFigures> => ({
  oneTerm: figures(oneTerm),
  twoTerms: figures(twoTerms),
  quoted: figures(quoted),
});

const beside = (ours: number, defaults: number): BesideDefaults => ({
  loads: 21,
  contentEncoded: { ours: times(ours), pagefindDefaults: times(defaults) },
  asBytes: { ours: times(ours), pagefindDefaults: times(defaults) },
});

const FASTER = { oneTerm: beside(200, 260), twoTerms: beside(230, 280), quoted: beside(260, 300) };

describe('searchBudgetFailures', () => {
  it('finds nothing wrong within every budget', () => {
    expect(searchBudgetFailures({ x1: scale(115, 130), x10: scale(160, 200), x50: scale(148, 210) }, FASTER)).toEqual(
      [],
    );
  });

  it('names a one-term median over 150 KB at 1× or 50×, not at 10×', () => {
    const failures = searchBudgetFailures({ x1: scale(151, 160), x10: scale(170, 200), x50: scale(186, 200) }, FASTER);
    expect(failures).toEqual([
      'x1: one-term queries, median 151 KB > 150 KB',
      'x50: one-term queries, median 186 KB > 150 KB',
    ]);
  });

  it('names two terms costing more than 1.5 times one term', () => {
    expect(searchBudgetFailures({ x50: scale(140, 211) }, FASTER)).toEqual([
      'x50: two-term queries, median 211 KB > 1.5 × one-term 140 KB',
    ]);
  });

  it('names every loop in which ours was not faster than Pagefind’s defaults', () => {
    const failures = searchBudgetFailures({ x1: scale(115, 130) }, { ...FASTER, quoted: beside(300, 300) });
    expect(failures).toHaveLength(2);
    expect(failures[0]).toMatch(/^x1: quoted \(gzip files encoded\), first results median 300 ms, not faster/);
  });

  it('names a simplified-character query that loaded the converter', () => {
    const x1 = { ...scale(115, 130), oneTerm: figures(115, 1) };
    expect(searchBudgetFailures({ x1 }, FASTER)).toEqual([
      'x1: oneTerm queries in simplified characters loaded the converter (1 loads)',
    ]);
  });
});
