// /data/corpus.schema.json: the JSON Schema of corpus.json, every field described.
import type { APIRoute } from 'astro';
import { corpusJsonSchema } from '../../lib/corpus/json-schemas.ts';
import { absoluteUrl } from '../../lib/site/base-url.ts';
import { PATHS } from '../../lib/urls.ts';

export const GET: APIRoute = ({ site }) => {
  const schema = corpusJsonSchema(absoluteUrl(PATHS.corpusSchema, site));
  // Indented: a schema is read by people, unlike the data it describes.
  return new Response(JSON.stringify(schema, null, 2), {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
};
