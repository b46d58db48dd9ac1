// /data/paragraphs.csv: one row per block. UTF-8 with a BOM so spreadsheet programs read the Chinese.
import type { APIRoute } from 'astro';
import type { Block, Submission } from '../../lib/schema.ts';
import { readSiteCorpus } from '../../lib/site/collections.ts';
import { paragraphsCsv } from '../../lib/corpus/paragraphs-csv.ts';
import { replyPermalink } from '../../lib/site/permalinks.ts';

export const GET: APIRoute = async ({ site }) => {
  const corpus = await readSiteCorpus();
  const respondentOf = new Map(corpus.respondents.map((respondent) => [respondent.id, respondent]));
  const reportOf = new Map(corpus.reports.map((report) => [report.symbol, report]));
  const permalink = (submission: Submission, block: Block) =>
    replyPermalink(respondentOf.get(submission.respondent)!, reportOf.get(submission.report)!, block.id, site);
  const csv = '\uFEFF' + paragraphsCsv(corpus, permalink);
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
