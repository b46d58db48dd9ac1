// /data/paragraphs.csv: one row per block. UTF-8 with a BOM so spreadsheet programs read the Chinese.
import type { APIRoute } from 'astro';
import { readSiteCorpus } from '../../lib/site/collections.ts';
import { paragraphsCsv } from '../../lib/corpus/paragraphs-csv.ts';

export const GET: APIRoute = async () => {
  const csv = '\uFEFF' + paragraphsCsv(await readSiteCorpus());
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
