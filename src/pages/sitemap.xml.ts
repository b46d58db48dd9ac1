import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { readSiteCorpus } from '../lib/site/collections.ts';
import { sitePaths } from '../lib/site/site-paths.ts';
import { absoluteUrl } from '../lib/site/base-url.ts';

export const GET: APIRoute = async ({ site }) => {
  const pages = (await getCollection('pages')).map((page) => page.id);
  const urls = sitePaths(await readSiteCorpus(), pages).map(
    (path) => `  <url><loc>${absoluteUrl(path, site)}</loc></url>`,
  );
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('\n')}\n</urlset>\n`;
  return new Response(xml, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
