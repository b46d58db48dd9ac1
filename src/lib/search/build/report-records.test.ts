import { describe, expect, it } from 'vitest';
import { realCorpus } from '../../../../test-support/real-corpus.ts';
import { reportTextRecords, reportTextUnits } from './report-records.ts';

describe('the reports’ own text as search records', () => {
  const corpus = realCorpus();

  it('is one record per report, at the report’s page, after none of the replies', () => {
    const records = reportTextRecords(corpus.reports);
    expect(records.map((record) => record.url)).toEqual(['/reports/a-73-112/', '/reports/a-66-115/']);
    expect(records.map((record) => record.card.id)).toEqual(['a-73-112', 'a-66-115']);
  });

  it('holds the title, every paragraph of the introduction and every heading of the contents, each with its anchor', () => {
    const report = corpus.reports.find((each) => each.symbol === 'A/66/115')!;
    const units = reportTextUnits(report);
    expect(units[0]).toEqual({ anchor: '', kind: 'title', text: report.title });
    expect(units.filter((unit) => unit.anchor.startsWith('intro-p')).map((unit) => unit.text)).toEqual(
      report.intro.map((block) => block.text),
    );
    expect(units.filter((unit) => unit.anchor.startsWith('section-')).map((unit) => [unit.anchor, unit.text])).toEqual([
      ['section-2', '二. 从会员国收到的答复'],
      ['section-3', '三. 从国际组织收到的信息'],
      ['section-3-a', 'A. 联合国系统'],
      ['section-3-b', 'B. 其他国际组织'],
    ]);
  });
});
