// One CSV row per block, for spreadsheets and scripts (RFC 4180 quoting).
import type { Corpus } from '../schema.ts';

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

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

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
  return (
    [PARAGRAPH_COLUMNS as readonly string[], ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n'
  );
}
