// /data/measures.csv: one row per coded sentence and measure. UTF-8 with a BOM so spreadsheet programs read the Chinese.
import type { APIRoute } from 'astro';
import { readSiteCorpus } from '../../lib/site/collections.ts';
import { measuresCsv } from '../../lib/corpus/measures-csv.ts';
import { replyPermalink } from '../../lib/site/permalinks.ts';

export const GET: APIRoute = async ({ site }) => {
  const corpus = await readSiteCorpus();
  const respondentOf = new Map(corpus.respondents.map((respondent) => [respondent.id, respondent]));
  const reportOf = new Map(corpus.reports.map((report) => [report.symbol, report]));
  const csv =
    '\uFEFF' +
    measuresCsv(corpus, (submission, anchor) =>
      replyPermalink(respondentOf.get(submission.respondent)!, reportOf.get(submission.report)!, anchor, site),
    );
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
