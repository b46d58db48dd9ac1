// One cell of the respondent × instrument matrix: the years of the replies that name the
// instrument, each a link to that reply's passages on the instrument's (or resolution's) page,
// whence each passage leads to its paragraph and its citation. Without a script: plain links.
import type { Corpus, Report, Submission } from '../schema.ts';
import { REPLIES_NAMED } from '../labels.ts';
import { withAnchor } from '../urls.ts';
import { mentionsByReport } from './mentioned-works.ts';
import { mentionsWeight, splitByBudget } from './page-budget.ts';

/** A piece of a cell: text, or a year linked to the passages behind it. */
export interface CellPiece {
  text: string;
  href?: string;
}

/**
 * The page that holds one report's passages on a resolution or instrument: its own page, or,
 * where that page only lists the report (page-budget.ts), the report's page under it.
 */
export function pageHoldingPassages(
  corpus: Corpus,
  kind: 'resolution' | 'instrument',
  ref: string,
  ownPage: string,
  reportPage: (report: Report) => string,
): (report: Report) => string {
  const { listed } = splitByBudget(mentionsByReport(corpus, kind, ref), mentionsWeight);
  const listedSlugs = new Set(listed.map((group) => group.report.slug));
  return (report) => (listedSlugs.has(report.slug) ? reportPage(report) : ownPage);
}

/**
 * "2011、2018", each year linked to the reply's passages (the reply's id is their anchor); or,
 * beyond REPLIES_NAMED, "12 次，最近 2033" with the latest linked, so that a cell keeps its size.
 */
export function matrixCell(
  citing: readonly { submission: Submission; report: Report }[],
  pageOf: (report: Report) => string,
): CellPiece[] {
  const oldestFirst = [...citing].sort((a, b) => a.report.year - b.report.year);
  const link = ({ submission, report }: (typeof citing)[number]): CellPiece => ({
    text: String(report.year),
    href: withAnchor(pageOf(report), submission.id),
  });
  if (oldestFirst.length <= REPLIES_NAMED)
    return oldestFirst.flatMap((each, index) => (index === 0 ? [link(each)] : [{ text: '、' }, link(each)]));
  return [{ text: `${oldestFirst.length} 次，最近 ` }, link(oldestFirst.at(-1)!)];
}
