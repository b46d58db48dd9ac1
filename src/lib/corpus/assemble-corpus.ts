// Entries and registries → the corpus, checked against the schema. The one place where
// replies and respondents get their site paths. Used both for the parsed sources
// (read-sources.ts) and for the entries the site reads (site/collections.ts).
import {
  CorpusSchema,
  type Corpus,
  type Instrument,
  type Report,
  type RespondentEntry,
  type SubmissionEntry,
} from '../schema.ts';
import { markReplyMentions, markReportMentions } from '../mentions/mark-mentions.ts';
import type { ParsedReport } from '../parse/parse-report.ts';
import { replyOnRespondentPath, reportSlug, respondentPath } from '../urls.ts';

export interface CorpusEntries {
  reports: Report[];
  submissions: SubmissionEntry[];
}

/** Parsed reports → the entries content/entries/ holds: the texts with their mentions marked. */
export function entriesOfParsedReports(
  parsed: readonly ParsedReport[],
  instruments: readonly Instrument[],
): CorpusEntries {
  return {
    reports: parsed.map(({ report }) => markReportMentions(report, instruments)),
    submissions: parsed.flatMap(({ submissions }) =>
      submissions.map((submission) => markReplyMentions(submission, instruments)),
    ),
  };
}

/** Newest report first; respondents that replied, in registry order; submissions in report order, each report in its printed order. */
export function assembleCorpus(
  entries: CorpusEntries,
  registry: readonly RespondentEntry[],
  instruments: readonly Instrument[],
): Corpus {
  const reports = [...entries.reports].sort((a, b) => b.year - a.year);
  const order = new Map(reports.map((report, index) => [report.symbol, index]));
  const byId = new Map(registry.map((entry) => [entry.id, entry]));
  const submissions = [...entries.submissions]
    .sort((a, b) => order.get(a.report)! - order.get(b.report)! || a.source.startLine - b.source.startLine)
    .map((submission) => {
      const respondent = byId.get(submission.respondent);
      if (!respondent)
        throw new Error(
          `${submission.id}: respondent "${submission.respondent}" is not in content/data/respondents.json`,
        );
      return { ...submission, url: replyOnRespondentPath(respondent, { slug: reportSlug(submission.report) }) };
    });
  const replied = new Set(submissions.map((submission) => submission.respondent));
  const respondents = registry
    .filter((entry) => replied.has(entry.id))
    .map((entry) => ({ ...entry, url: respondentPath(entry) }));
  return CorpusSchema.parse({ reports, respondents, submissions, instruments });
}
