// /cite/{reply}/{block}.bib, .ris, .json: one paragraph's citation as a file.
import type { APIRoute, GetStaticPaths } from 'astro';
import { readRespondentViews } from '../../../lib/site/collections.ts';
import {
  citableBlocks,
  citationFile,
  CITATION_FILE_TYPES,
  type CitableBlock,
  type CitationFileType,
} from '../../../lib/site/cite-replies.ts';

export const getStaticPaths = (async () => {
  const blocks = citableBlocks(await readRespondentViews()).filter((each) => each.block);
  return blocks.flatMap((each) =>
    CITATION_FILE_TYPES.map((type) => ({
      params: { submission: each.reply.submission.id, file: `${each.block!.id}.${type.extension}` },
      props: { cited: each, type },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) =>
  citationFile(props['cited'] as CitableBlock, props['type'] as CitationFileType, site);
