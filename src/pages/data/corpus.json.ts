// /data/corpus.json: the whole corpus, in the shape documented in the README.
import type { APIRoute } from 'astro';
import { readSiteCorpus } from '../../lib/site/collections.ts';

export const GET: APIRoute = async () => {
  const corpus = await readSiteCorpus();
  return new Response(JSON.stringify(corpus), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
