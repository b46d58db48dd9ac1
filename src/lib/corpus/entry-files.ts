// The corpus as committed files under content/entries/, one per report and per
// reply, so that a parser change shows up as a reviewable diff.
import type { CorpusEntries } from './assemble-corpus.ts';

export const ENTRIES_DIR = 'content/entries';

export interface EntryFile {
  /** Path relative to the project root. */
  path: string;
  content: string;
}

export function toEntryFiles(corpus: CorpusEntries): EntryFile[] {
  const json = (value: unknown) => JSON.stringify(value, null, 2) + '\n';
  return [
    ...corpus.reports.map((report) => ({ path: `${ENTRIES_DIR}/reports/${report.slug}.json`, content: json(report) })),
    ...corpus.submissions.map((submission) => ({
      path: `${ENTRIES_DIR}/submissions/${submission.id}.json`,
      content: json(submission),
    })),
  ];
}
