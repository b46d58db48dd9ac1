// A third report for the test that adds one the way the README's "Adding a report" says:
// A/73/112's text under a new symbol (A/79/901, a session no real report of this
// series has here), with new dates and job number, and its running header and
// footer printed at every page break, as a new extraction is expected to print
// them. In A/73/112 most breaks are seams (the next page's first line touches the
// last line of the page before, often inside a sentence); here each carries its
// furniture instead, numbered as the report's own furniture numbers its pages.
import { classifyLines } from '../src/lib/parse/classify-lines.ts';
import { insertPageBreak } from './furniture.ts';

export const THIRD_REPORT = {
  symbol: 'A/79/901',
  slug: 'a-79-901',
  file: 'content/sources/A-79-901.zh.txt',
  year: 2024,
  from: { symbol: 'A/73/112', file: 'content/sources/A-73-112.zh.txt', year: 2018, job: '18-10827' },
  job: '24-10901',
} as const;

/** Each page break's first line and the page it opens: seams counted on from the pages the furniture states. */
function pageBreaks(text: string): { line: number; page: number; seam: boolean }[] {
  const breaks: { line: number; page: number; seam: boolean }[] = [];
  let page = 1;
  for (const line of classifyLines(text)) {
    if (line.kind === 'furniture' && line.page !== undefined) {
      page = line.page;
      breaks.push({ line: line.no, page, seam: false });
    } else if (line.seam) breaks.push({ line: line.no, page: ++page, seam: true });
  }
  return breaks;
}

/** The third report's text, made from A/73/112's. */
export function synthesizeThirdReport(text: string): string {
  const { from, symbol, job, year } = THIRD_REPORT;
  const seams = pageBreaks(text).filter((pageBreak) => pageBreak.seam);
  // From the last break back, so that each line number still points where it did.
  const withFurniture = seams.reduceRight(
    (changed, { line, page }) => insertPageBreak(changed, from.symbol, { line, page }),
    text,
  );
  return withFurniture
    .replaceAll(from.symbol, symbol)
    .replaceAll(from.job, job)
    .replace(new RegExp(`${from.year}(\\s*年)`, 'g'), `${year}$1`);
}

/** The page breaks of a text, for the test to check that every one of the third report's prints its furniture. */
export { pageBreaks };
