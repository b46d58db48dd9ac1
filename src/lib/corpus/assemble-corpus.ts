// Parsed reports + the respondents registry → the corpus, checked against the schema.
import { CorpusSchema, type Corpus, type RespondentEntry } from '../schema.ts';
import type { ParsedReport } from '../parse/parse-report.ts';
import { respondentUrl } from '../urls.ts';

/** Newest report first; respondents that replied, in registry order; submissions in report order. */
export function assembleCorpus(parsed: readonly ParsedReport[], registry: readonly RespondentEntry[]): Corpus {
  const reports = [...parsed].sort((a, b) => b.report.year - a.report.year);
  const submissions = reports.flatMap((report) => report.submissions);
  const replied = new Set(submissions.map((submission) => submission.respondent));
  const respondents = registry
    .filter((entry) => replied.has(entry.id))
    .map((entry) => ({ ...entry, url: respondentUrl(entry) }));
  return CorpusSchema.parse({ reports: reports.map((report) => report.report), respondents, submissions });
}
