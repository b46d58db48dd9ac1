import { expect, test } from 'vitest';
import { realCorpus } from '../../../test-support/real-corpus.ts';
import { matrixCell, pageHoldingPassages } from './matrix-cells.ts';

const corpus = realCorpus();
const reportOf = (symbol: string) => corpus.reports.find((report) => report.symbol === symbol)!;
const citing = (respondent: string, ref: string) =>
  corpus.submissions
    .filter((each) => each.respondent === respondent && each.citations.resolutions.includes(ref))
    .map((submission) => ({ submission, report: reportOf(submission.report) }));

test("a cell links each year to that reply's passages, by the reply's id, oldest first", () => {
  const page = () => '/resolutions/s-res-1540-2004/';
  expect(matrixCell(citing('unodc', 'S/RES/1540(2004)'), page)).toEqual([
    { text: '2011', href: '/resolutions/s-res-1540-2004/#a-66-115-unodc' },
    { text: '、' },
    { text: '2018', href: '/resolutions/s-res-1540-2004/#a-73-112-unodc' },
  ]);
});

test('a cell of more replies than are named counts them and links the latest', () => {
  const many = [2011, 2014, 2018, 2021].map((year, index) => ({
    submission: { ...corpus.submissions[0]!, id: `r${index}` },
    report: { ...reportOf('A/73/112'), year, slug: `a-${year}` },
  }));
  expect(matrixCell(many, () => '/instruments/cwc/')).toEqual([
    { text: '4 次，最近 ' },
    { text: '2021', href: '/instruments/cwc/#r3' },
  ]);
});

test("a report the instrument's page only lists is linked on its own page", () => {
  const pageOf = pageHoldingPassages(
    corpus,
    'instrument',
    'cwc',
    '/instruments/cwc/',
    (report) => `/instruments/cwc/${report.slug}/`,
  );
  // Today's two reports fit on the page.
  expect(corpus.reports.map(pageOf)).toEqual(['/instruments/cwc/', '/instruments/cwc/']);
});
