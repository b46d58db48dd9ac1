// The corpus arranged for pages: each respondent with its replies, newest first,
// and the groupings the index pages show. Pure: the Astro side passes data in.
import type { Report, Respondent, Submission } from '../schema.ts';

export interface RespondentView {
  respondent: Respondent;
  /** Newest report first. */
  replies: { submission: Submission; report: Report }[];
}

const collator = new Intl.Collator('zh-CN');

/** Chinese names in pinyin order, as Chinese readers look them up. */
export function byChineseName(a: Respondent, b: Respondent): number {
  return collator.compare(a.name.zh, b.name.zh);
}

export function respondentViews(
  reports: readonly Report[],
  respondents: readonly Respondent[],
  submissions: readonly Submission[],
): RespondentView[] {
  const reportBySymbol = new Map(reports.map((report) => [report.symbol, report]));
  return [...respondents].sort(byChineseName).map((respondent) => ({
    respondent,
    replies: submissions
      .filter((submission) => submission.respondent === respondent.id)
      .map((submission) => ({ submission, report: reportBySymbol.get(submission.report)! }))
      .sort((a, b) => b.report.year - a.report.year),
  }));
}

export interface RespondentGroups {
  states: RespondentView[];
  unSystem: RespondentView[];
  otherOrganizations: RespondentView[];
}

export function groupRespondents(views: readonly RespondentView[]): RespondentGroups {
  return {
    states: views.filter((view) => view.respondent.kind === 'state'),
    unSystem: views.filter((view) => view.respondent.kind === 'organization' && view.respondent.unSystem),
    otherOrganizations: views.filter((view) => view.respondent.kind === 'organization' && !view.respondent.unSystem),
  };
}

/** Replies of one report in the report's own order. */
export function repliesInReport(report: Report, submissions: readonly Submission[]): Submission[] {
  return submissions
    .filter((submission) => submission.report === report.symbol)
    .sort((a, b) => a.source.startLine - b.source.startLine);
}
