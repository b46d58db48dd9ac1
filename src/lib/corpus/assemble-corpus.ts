// Parsed reports + the respondents registry → the corpus, checked against the schema.
import { CorpusSchema, type Corpus, type Instrument, type RespondentEntry } from '../schema.ts';
import { withCitations, withMentions } from '../citations/add-citations.ts';
import type { ParsedReport } from '../parse/parse-report.ts';
import { respondentUrl } from '../urls.ts';

/** Newest report first; respondents that replied, in registry order; submissions in report order. */
export function assembleCorpus(
  parsed: readonly ParsedReport[],
  registry: readonly RespondentEntry[],
  instruments: readonly Instrument[],
): Corpus {
  const reports = [...parsed].sort((a, b) => b.report.year - a.report.year);
  const submissions = reports
    .flatMap((report) => report.submissions)
    .map((submission) => withCitations(submission, instruments));
  const replied = new Set(submissions.map((submission) => submission.respondent));
  const respondents = registry
    .filter((entry) => replied.has(entry.id))
    .map((entry) => ({ ...entry, url: respondentUrl(entry) }));
  const withIntroMentions = reports.map(({ report }) => ({
    ...report,
    intro: report.intro.map((block) => withMentions(block, instruments)),
  }));
  return CorpusSchema.parse({ reports: withIntroMentions, respondents, submissions, instruments });
}
