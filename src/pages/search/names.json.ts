// /search/names.json: every name a query can be (src/lib/search/build/search-names.ts), with its labels, page,
// marks and number of replies. The search page carries only the names' forms, to tell which names a
// query is, and loads this for a query that is one (or a ticked instrument or resolution).
import type { APIRoute } from 'astro';
import { readSiteNames } from '../../lib/site/collections.ts';

export const GET: APIRoute = async () => {
  const names = await readSiteNames();
  return new Response(JSON.stringify(names), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
