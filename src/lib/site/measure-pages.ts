// The pages under /measures/{id}/: the measure's own page and one page per domain that narrows
// it, each holding the newest reports' sentences that fit its budget (page-budget.ts) and listing
// the others; and one page per listed report, which holds that report's sentences in full.
import type { Corpus, Report } from '../schema.ts';
import { MEASURES, type Domain, type Measure } from '../measures/codebook.ts';
import { measureReportPath, replyPath } from '../urls.ts';
import { splitByBudget } from './page-budget.ts';
import { domainsOfMeasure, sentencesOfMeasure, sentencesWeight, type ReportSentences } from './measure-sentences.ts';

export interface MeasurePage {
  measure: Measure;
  /** The domain the page narrows to; none on the measure's own page. */
  domain?: Domain;
  /** The domains the measure's sentences name, for the links that narrow its page. */
  domains: Domain[];
  full: ReportSentences[];
  listed: { group: ReportSentences; path: string }[];
  /** Replies not yet coded, which the page cannot speak for: "古巴（2018）" and the reply's page. */
  uncoded: { label: string; path: string }[];
}

export interface MeasureReportPage {
  measure: Measure;
  group: ReportSentences;
}

type MeasuresCorpus = Pick<Corpus, 'reports' | 'respondents' | 'submissions'>;

function uncodedReplies(corpus: MeasuresCorpus): MeasurePage['uncoded'] {
  const respondentOf = new Map(corpus.respondents.map((respondent) => [respondent.id, respondent]));
  const reportOf = new Map(corpus.reports.map((report) => [report.symbol, report]));
  return corpus.submissions
    .filter((submission) => !submission.measuresCoded)
    .map((submission) => {
      const respondent = respondentOf.get(submission.respondent)!;
      const report = reportOf.get(submission.report)!;
      return { label: `${respondent.name.zh}（${report.year}）`, path: replyPath(respondent, report) };
    });
}

function pageOf(
  groups: ReportSentences[],
  page: Pick<MeasurePage, 'measure' | 'domain' | 'domains' | 'uncoded'>,
): MeasurePage {
  const { full, listed } = splitByBudget(groups, sentencesWeight);
  const { measure, domain, domains, uncoded } = page;
  return {
    measure,
    ...(domain ? { domain } : {}),
    domains,
    full,
    listed: listed.map((group) => ({ group, path: measureReportPath(measure.id, group.report) })),
    uncoded,
  };
}

/** Every measure's page and, for each domain its sentences name, the page narrowed to it. */
export function measurePages(corpus: MeasuresCorpus): MeasurePage[] {
  const uncoded = uncodedReplies(corpus);
  return MEASURES.flatMap((measure) => {
    const groups = sentencesOfMeasure(corpus, measure.id);
    const domains = domainsOfMeasure(groups);
    return [
      pageOf(groups, { measure, domains, uncoded }),
      ...domains.map((domain) =>
        pageOf(sentencesOfMeasure(corpus, measure.id, domain.id), { measure, domain, domains, uncoded }),
      ),
    ];
  });
}

/** A page for each report some measure page lists rather than holds: all that report's sentences of the measure. */
export function measureReportPages(corpus: MeasuresCorpus, pages = measurePages(corpus)): MeasureReportPage[] {
  const reports = new Map<string, { measure: Measure; report: Report }>();
  for (const page of pages)
    for (const { group } of page.listed)
      reports.set(`${page.measure.id} ${group.report.slug}`, { measure: page.measure, report: group.report });
  return [...reports.values()].map(({ measure, report }) => ({
    measure,
    group: sentencesOfMeasure({ ...corpus, reports: [report] }, measure.id)[0]!,
  }));
}
