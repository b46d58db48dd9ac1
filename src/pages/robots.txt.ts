import type { APIRoute } from 'astro';
import { absoluteUrl } from '../lib/site/base-url.ts';
import { PATHS } from '../lib/urls.ts';

export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(PATHS.sitemap, site)}\n`, {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
