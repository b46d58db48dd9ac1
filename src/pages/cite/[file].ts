// /cite/{reply}.bib, .ris, .json: a reply's citation as a file.
import type { APIRoute, GetStaticPaths } from 'astro';
import { readRespondentViews } from '../../lib/site/collections.ts';
import {
  citableBlocks,
  citationFile,
  CITATION_FILE_TYPES,
  type CitableBlock,
  type CitationFileType,
} from '../../lib/site/cite-replies.ts';

export const getStaticPaths = (async () => {
  const replies = citableBlocks(await readRespondentViews()).filter((each) => !each.block);
  return replies.flatMap((each) =>
    CITATION_FILE_TYPES.map((type) => ({
      params: { file: `${each.reply.submission.id}.${type.extension}` },
      props: { cited: each, type },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) =>
  citationFile(props['cited'] as CitableBlock, props['type'] as CitationFileType, site);
