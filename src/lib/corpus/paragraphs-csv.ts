// One CSV row per block, for spreadsheets and scripts (RFC 4180 quoting).
import type { Corpus } from '../schema.ts';
import { csvText } from '../csv.ts';

export const PARAGRAPH_COLUMNS = [
  'report',
  'respondent_id',
  'name_en',
  'name_zh',
  'received',
  'block_id',
  'type',
  'text',
] as const;

export function paragraphsCsv(corpus: Corpus): string {
  const names = new Map(corpus.respondents.map((respondent) => [respondent.id, respondent.name]));
  const rows = corpus.submissions.flatMap((submission) =>
    submission.blocks.map((block) => [
      submission.report,
      submission.respondent,
      names.get(submission.respondent)!.en,
      names.get(submission.respondent)!.zh,
      submission.received,
      block.id,
      block.type,
      block.text,
    ]),
  );
  return csvText([PARAGRAPH_COLUMNS, ...rows]);
}
