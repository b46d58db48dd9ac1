// /data/measures-coding/: the two independent codings as they were made, the codebook as the
// coders had it, their notes and the adjudication, served as they are in the repository, so that
// anyone can recompute the agreement figures and check each decision.
import { readFileSync } from 'node:fs';
import type { APIRoute } from 'astro';
import { CODING_FILES } from '../../../lib/measures/read-agreement.ts';

export function getStaticPaths() {
  return CODING_FILES.map((file) => ({ params: { file } }));
}

export const GET: APIRoute = ({ params }) => {
  const file = String(params['file']);
  const type = file.endsWith('.md') ? 'text/markdown' : 'application/jsonl';
  return new Response(readFileSync(`content/data/measures-coding/${file}`, 'utf8'), {
    headers: { 'Content-Type': `${type}; charset=utf-8` },
  });
};
