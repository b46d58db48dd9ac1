// /data/replies/{id}.json: one reply with its respondent and its report's metadata (reply.schema.json).
import type { APIRoute, GetStaticPaths } from 'astro';
import { readSiteCorpus } from '../../../lib/site/collections.ts';
import { replyFiles } from '../../../lib/corpus/reply-files.ts';
import type { ReplyFile } from '../../../lib/schema.ts';

export const getStaticPaths = (async () =>
  replyFiles(await readSiteCorpus()).map((file) => ({
    params: { submission: file.submission.id },
    props: { file },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(JSON.stringify(props['file'] as ReplyFile), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
