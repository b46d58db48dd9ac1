// /cite/{reply}/{block}.bib, .ris, .json: one paragraph's citation as a file.
import type { APIRoute, GetStaticPaths } from 'astro';
import { readRespondentViews } from '../../../lib/site/collections.ts';
import { citedBlocks, type CitedBlock } from '../../../lib/site/cited-blocks.ts';
import { citationFile, CITATION_FILE_TYPES } from '../../../lib/site/citation-files.ts';

export const getStaticPaths = (async () => {
  const cited = citedBlocks(await readRespondentViews()).filter((each) => each.block);
  return cited.flatMap((each) =>
    CITATION_FILE_TYPES.map((type) => ({
      params: { submission: each.reply.submission.id, file: `${each.block!.id}.${type.extension}` },
      props: { cited: each, type },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) =>
  citationFile(props['cited'] as CitedBlock, props['type'] as (typeof CITATION_FILE_TYPES)[number], site);
