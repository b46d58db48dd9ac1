import { describe, expect, it } from 'vitest';
import { realCorpus } from '../../../test-support/real-corpus.ts';
import { measuresMatrix } from './measures-matrix.ts';
import { MEASURE_IDS } from '../measures/codebook.ts';
import type { Corpus, Report, Submission } from '../schema.ts';

const corpus = realCorpus();
const rowOf = (rows: ReturnType<typeof measuresMatrix>, id: string) => rows.find((row) => row.respondent.id === id)!;
const cellOf = (rows: ReturnType<typeof measuresMatrix>, id: string, measure: (typeof MEASURE_IDS)[number]) =>
  rowOf(rows, id).cells[MEASURE_IDS.indexOf(measure)]!;

describe('measuresMatrix', () => {
  const rows = measuresMatrix(corpus);

  it('links each year to the first sentence of that reply that reports the measure, oldest year first', () => {
    // content/data/measures.jsonl: NATO's preparedness, 2011 from paragraph 2 sentence 1, 2018 from paragraph 2 sentence 2.
    expect(cellOf(rows, 'nato', 'preparedness').pieces).toEqual([
      { text: '2011', href: '/organizations/nato/a-66-115/#a-66-115-p2-s1' },
      { text: '、' },
      { text: '2018', href: '/organizations/nato/a-73-112/#a-73-112-p2-s2' },
    ]);
  });

  it('gives the domains of every sentence behind the cell, in the codebook order, and none for an empty cell', () => {
    // El Salvador's legislation in 2011: general (paragraphs 8, 10, 12) and chemical (paragraph 11); in 2018 general.
    expect(cellOf(rows, 'el-salvador', 'legislation').domains.map((domain) => domain.id)).toEqual([
      'chemical',
      'general',
    ]);
    expect(cellOf(rows, 'el-salvador', 'trade-controls')).toEqual({ pieces: [], domains: [] });
  });

  it('has a row for every respondent and a cell for every measure; no reply of today is left uncoded', () => {
    expect(rows).toHaveLength(corpus.respondents.length);
    for (const row of rows) expect(row.cells).toHaveLength(MEASURE_IDS.length);
    expect(rows.flatMap((row) => row.uncoded)).toEqual([]);
  });

  it('keeps a cell small beyond three replies: the count and the latest year, linked', () => {
    const nato = corpus.submissions.find((each) => each.id === 'a-73-112-nato')!;
    const reports: Report[] = [2020, 2022, 2024, 2026].map((year, index) => ({
      ...corpus.reports[0]!,
      symbol: `A/${80 + index}/112`,
      slug: `a-${80 + index}-112`,
      year,
    }));
    const submissions: Submission[] = reports.map((report) => ({
      ...nato,
      id: `${report.slug}-nato`,
      report: report.symbol,
      measures: nato.measures.map((each) => ({ ...each, anchor: each.anchor.replace('a-73-112', report.slug) })),
    }));
    const more: Pick<Corpus, 'reports' | 'respondents' | 'submissions'> = { ...corpus, reports, submissions };
    expect(cellOf(measuresMatrix(more), 'nato', 'preparedness').pieces).toEqual([
      { text: '4 次，最近 ' },
      { text: '2026', href: '/organizations/nato/a-83-112/#a-83-112-p2-s2' },
    ]);
  });

  it('says which replies are not yet coded', () => {
    const uncoded = corpus.submissions.map((each) =>
      each.id === 'a-66-115-nato' ? { ...each, measuresCoded: undefined, measures: [] } : each,
    );
    const nato = rowOf(measuresMatrix({ ...corpus, submissions: uncoded }), 'nato');
    expect(nato.uncoded.map((report) => report.symbol)).toEqual(['A/66/115']);
    expect(nato.cells[MEASURE_IDS.indexOf('preparedness')]!.pieces.map((piece) => piece.text)).toEqual(['2018']);
  });
});
