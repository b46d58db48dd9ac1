// /data/measures-matrix.csv: the matrix of /measures/, one row per respondent. UTF-8 with a BOM.
import type { APIRoute } from 'astro';
import { readSiteCorpus } from '../../lib/site/collections.ts';
import { measuresMatrixCsv } from '../../lib/corpus/measures-matrix-csv.ts';

export const GET: APIRoute = async () => {
  const csv = '\uFEFF' + measuresMatrixCsv(await readSiteCorpus());
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
