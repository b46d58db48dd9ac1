// /data/datapackage.json: the Frictionless Data Package of the CSV files (lib/corpus/data-package.ts).
import type { APIRoute } from 'astro';
import { readSiteCorpus } from '../../lib/site/collections.ts';
import { dataPackage } from '../../lib/corpus/data-package.ts';
import { absoluteUrl } from '../../lib/site/base-url.ts';
import { PATHS } from '../../lib/urls.ts';
import packageJson from '../../../package.json' with { type: 'json' };

export const GET: APIRoute = async ({ site }) => {
  const descriptor = dataPackage(await readSiteCorpus(), {
    id: absoluteUrl(PATHS.dataPackage, site),
    homepage: absoluteUrl(PATHS.home, site),
    version: packageJson.version,
    created: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
  });
  return new Response(JSON.stringify(descriptor, null, 2), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
