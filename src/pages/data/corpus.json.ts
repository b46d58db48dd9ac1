// /data/corpus.json: the whole corpus, in the shape documented in the README.
import type { APIRoute } from 'astro';
import { loadCorpus } from '../../lib/site/collections.ts';

export const GET: APIRoute = async () => {
  const corpus = await loadCorpus();
  return new Response(JSON.stringify(corpus), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
