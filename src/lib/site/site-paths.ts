// Every HTML page of the site, for the sitemap and for the link check.
import type { Corpus } from '../schema.ts';
import { replyPageUrl, reportUrl } from '../urls.ts';
import { citedInstruments, citedResolutions, instrumentUrl, resolutionUrl } from './cited-works.ts';

export function sitePaths(corpus: Corpus, editorialPages: readonly string[]): string[] {
  const repliesOf = (id: string) => corpus.submissions.filter((submission) => submission.respondent === id);
  return [
    '/',
    '/states/',
    '/organizations/',
    '/search/',
    '/resolutions/',
    '/instruments/',
    '/instruments/matrix/',
    ...citedResolutions(corpus).map((work) => resolutionUrl(work.ref)),
    ...citedInstruments(corpus).map((work) => instrumentUrl(work.ref)),
    ...editorialPages.map((page) => `/${page}/`),
    ...corpus.reports.map((report) => reportUrl(report.slug)),
    ...corpus.respondents.flatMap((respondent) => {
      const replies = repliesOf(respondent.id);
      const slugs = replies.map(
        (submission) => corpus.reports.find((report) => report.symbol === submission.report)!.slug,
      );
      return [
        respondent.url,
        ...slugs.map((slug) => replyPageUrl(respondent, slug)),
        ...(replies.length === 2 ? [`${respondent.url}compare/`] : []),
      ];
    }),
  ];
}
