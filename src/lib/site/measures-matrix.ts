// The respondent × measure matrix of /measures/: for each respondent (in pinyin order) and each
// measure of the codebook, the years of the replies that report it, each linked to the first
// sentence that says so on the reply's own page, and the domains those sentences name.
import type { Corpus, Report, Respondent } from '../schema.ts';
import { domainOf, MEASURES, type Domain } from '../measures/codebook.ts';
import { domainsOf, repliesReporting, type ReplyReporting } from '../measures/replies-reporting.ts';
import { REPLIES_NAMED } from '../labels.ts';
import { replyPath, withAnchor } from '../urls.ts';
import { byChineseName } from './corpus-view.ts';
import type { CellPiece } from './matrix-cells.ts';

export interface MeasureCell {
  /** "2011、2018", each year linked to its reply's first sentence; or "12 次，最近 2033". Empty: not reported. */
  pieces: CellPiece[];
  domains: Domain[];
}

export interface MeasuresRow {
  respondent: Respondent;
  /** One per measure, in the codebook's order. */
  cells: MeasureCell[];
  /** The reports whose reply of this respondent is not yet coded, oldest first. */
  uncoded: Report[];
}

function cellOf(respondent: Respondent, replies: readonly ReplyReporting[]): MeasureCell {
  const link = ({ report, sentences }: ReplyReporting): CellPiece => ({
    text: String(report.year),
    href: withAnchor(replyPath(respondent, report), sentences[0]!.anchor),
  });
  const pieces =
    replies.length <= REPLIES_NAMED
      ? replies.flatMap((each, index) => (index === 0 ? [link(each)] : [{ text: '、' }, link(each)]))
      : [{ text: `${replies.length} 次，最近 ` }, link(replies.at(-1)!)];
  return { pieces, domains: domainsOf(replies.flatMap((each) => each.sentences)).map(domainOf) };
}

export function measuresMatrix(corpus: Pick<Corpus, 'reports' | 'respondents' | 'submissions'>): MeasuresRow[] {
  const table = repliesReporting(corpus);
  const reportOf = new Map(corpus.reports.map((report) => [report.symbol, report]));
  return [...corpus.respondents].sort(byChineseName).map((respondent) => ({
    respondent,
    cells: MEASURES.map((measure) => cellOf(respondent, table.get(respondent.id)?.get(measure.id) ?? [])),
    uncoded: corpus.submissions
      .filter((submission) => submission.respondent === respondent.id && !submission.measuresCoded)
      .map((submission) => reportOf.get(submission.report)!)
      .sort((a, b) => a.year - b.year),
  }));
}
