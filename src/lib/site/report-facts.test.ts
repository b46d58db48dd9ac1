import { describe, expect, it } from 'vitest';
import { realCorpus } from '../../../test-support/real-corpus.ts';
import { listZh, requestingResolution } from './report-facts.ts';

describe('requestingResolution', () => {
  it('is the resolution each introduction says asked for the report', () => {
    const bySymbol = Object.fromEntries(
      realCorpus().reports.map((report) => [report.symbol, requestingResolution(report)]),
    );
    expect(bySymbol).toEqual({ 'A/73/112': 'A/RES/72/42', 'A/66/115': 'A/RES/65/62' });
  });
});

describe('listZh', () => {
  it('joins with 、 and 和', () => {
    expect(listZh(['甲'])).toBe('甲');
    expect(listZh(['甲', '乙'])).toBe('甲和乙');
    expect(listZh(['甲', '乙', '丙'])).toBe('甲、乙和丙');
  });
});
