// Which replies of one respondent report one measure, oldest first, each with the sentences that
// say so: what a cell of the measures matrix shows, and its CSV holds.
import type { Corpus, Report, ReportedMeasure, Submission } from '../schema.ts';
import { DOMAIN_IDS, type DomainId, type MeasureId } from './codebook.ts';

export interface ReplyReporting {
  submission: Submission;
  report: Report;
  /** The reply's coded sentences with this measure, in reading order. */
  sentences: ReportedMeasure[];
}

/** The replies of each respondent, oldest first, that report each measure: respondent → measure → replies. */
export function repliesReporting(
  corpus: Pick<Corpus, 'reports' | 'submissions'>,
): Map<string, Map<MeasureId, ReplyReporting[]>> {
  const reportOf = new Map(corpus.reports.map((report) => [report.symbol, report]));
  const table = new Map<string, Map<MeasureId, ReplyReporting[]>>();
  const oldestFirst = [...corpus.submissions].sort(
    (a, b) => reportOf.get(a.report)!.year - reportOf.get(b.report)!.year || a.report.localeCompare(b.report),
  );
  for (const submission of oldestFirst) {
    const row = table.get(submission.respondent) ?? new Map<MeasureId, ReplyReporting[]>();
    table.set(submission.respondent, row);
    for (const sentence of submission.measures) {
      const replies = row.get(sentence.measure) ?? [];
      row.set(sentence.measure, replies);
      const last = replies.at(-1);
      if (last?.submission === submission) last.sentences.push(sentence);
      else replies.push({ submission, report: reportOf.get(submission.report)!, sentences: [sentence] });
    }
  }
  return table;
}

/** Every domain of the sentences, in the codebook's order. */
export function domainsOf(sentences: readonly Pick<ReportedMeasure, 'domains'>[]): DomainId[] {
  const named = new Set(sentences.flatMap((sentence) => sentence.domains));
  return DOMAIN_IDS.filter((domain) => named.has(domain));
}
