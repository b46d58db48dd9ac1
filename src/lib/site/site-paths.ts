// Every HTML page of the site, for the sitemap and for the link check.
import type { Corpus } from '../schema.ts';
import {
  comparePath,
  editorialPath,
  instrumentPath,
  instrumentReportPath,
  kindIndexPath,
  PATHS,
  replyPath,
  reportPath,
  resolutionPath,
  resolutionReportPath,
  respondentPath,
} from '../urls.ts';
import { mentionedInstruments, mentionedResolutions } from './mentioned-works.ts';
import { listedMentions } from './listed-mentions.ts';

export function sitePaths(corpus: Corpus, editorialPages: readonly string[]): string[] {
  const reportOf = new Map(corpus.reports.map((report) => [report.symbol, report]));
  const reportsOf = (respondentId: string) =>
    corpus.submissions.filter((each) => each.respondent === respondentId).map((each) => reportOf.get(each.report)!);
  return [
    PATHS.home,
    kindIndexPath('state'),
    kindIndexPath('organization'),
    PATHS.search,
    PATHS.reports,
    PATHS.resolutions,
    PATHS.instruments,
    PATHS.matrix,
    ...mentionedResolutions(corpus).map((work) => resolutionPath(work.ref)),
    ...mentionedInstruments(corpus).map((work) => instrumentPath(work.ref)),
    ...listedMentions(corpus, 'resolution').map(({ ref, group }) => resolutionReportPath(ref, group.report)),
    ...listedMentions(corpus, 'instrument').map(({ ref, group }) => instrumentReportPath(ref, group.report)),
    ...editorialPages.map(editorialPath),
    ...corpus.reports.map(reportPath),
    ...corpus.respondents.flatMap((respondent) => {
      const reports = reportsOf(respondent.id);
      return [
        respondentPath(respondent),
        ...reports.map((report) => replyPath(respondent, report)),
        ...(reports.length > 1 ? [comparePath(respondent)] : []),
      ];
    }),
  ];
}
