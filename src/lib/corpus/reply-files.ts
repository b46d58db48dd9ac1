// The corpus → one data file per reply (/data/replies/{id}.json): the reply, its respondent,
// and its report's metadata without the report's text, so that one reply can be read alone.
import type { Corpus, ReplyFile } from '../schema.ts';

/** One file per submission, in the corpus's order. */
export function replyFiles(corpus: Corpus): ReplyFile[] {
  const reportOf = new Map(corpus.reports.map((report) => [report.symbol, report]));
  const respondentOf = new Map(corpus.respondents.map((respondent) => [respondent.id, respondent]));
  return corpus.submissions.map((submission) => {
    const report = reportOf.get(submission.report);
    const respondent = respondentOf.get(submission.respondent);
    if (!report || !respondent) throw new Error(`${submission.id}: its report or respondent is not in the corpus`);
    const { symbol, slug, year, session, title, officialUrl } = report;
    return { submission, respondent, report: { symbol, slug, year, session, title, officialUrl }, terms: corpus.terms };
  });
}
